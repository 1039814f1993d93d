package jp.skilldev.web;

import java.time.LocalDate;
import jp.skilldev.calendar.JapaneseHolidays;

/**
 * The dates the application can reason about: the holiday calculator covers 1980–2099, and a
 * deadline counted from the last year may run into the next, so input stops one year earlier.
 */
public final class SupportedDates {

    public static final LocalDate FIRST = LocalDate.of(JapaneseHolidays.FIRST_YEAR, 1, 1);
    public static final LocalDate LAST = LocalDate.of(JapaneseHolidays.LAST_YEAR - 1, 12, 31);

    private SupportedDates() {
    }

    public static void check(String field, LocalDate date) {
        if (date.isBefore(FIRST) || date.isAfter(LAST)) {
            throw new InvalidRequestException(field, "date-range",
                    "'" + date + "' is outside the supported range " + FIRST + " to " + LAST);
        }
    }
}
