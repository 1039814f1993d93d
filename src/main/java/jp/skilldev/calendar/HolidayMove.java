package jp.skilldev.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A national holiday that a special law moved for one year (the 2020 and 2021 Olympic years):
 * {@code regularDate} is not a holiday that year, {@code movedDate} is.
 *
 * @param nameJa      name of the moved holiday; must match the holiday the Act puts on
 *                    {@code regularDate}, so that a typo in the data cannot go unnoticed
 * @param nameEn      English name
 * @param regularDate the date the National Holidays Act would give that year
 * @param movedDate   the date the special law gives instead, in the same year
 * @param source      the law that moved the day, for audit
 */
public record HolidayMove(String nameJa, String nameEn, LocalDate regularDate, LocalDate movedDate,
                          String source) {

    public HolidayMove {
        Objects.requireNonNull(nameJa, "nameJa");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(regularDate, "regularDate");
        Objects.requireNonNull(movedDate, "movedDate");
        Objects.requireNonNull(source, "source");
        if (regularDate.getYear() != movedDate.getYear()) {
            throw new IllegalArgumentException("A holiday move must stay within one year: "
                    + nameJa + " " + regularDate + " -> " + movedDate);
        }
    }

    Holiday toHoliday() {
        return new Holiday(movedDate, nameJa, nameEn);
    }
}
