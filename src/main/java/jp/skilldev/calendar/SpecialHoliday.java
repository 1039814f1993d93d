package jp.skilldev.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A one-off holiday added by a special law (特別法), e.g. the enthronement day of 2019-05-01.
 * Such laws deem the day a national holiday, so the substitute-holiday and citizens'-holiday
 * rules apply to it like to any other.
 *
 * @param date   the holiday
 * @param nameJa Japanese name as in the Cabinet Office list
 * @param nameEn English name
 * @param source the law that made the day a holiday, for audit
 */
public record SpecialHoliday(LocalDate date, String nameJa, String nameEn, String source) {

    public SpecialHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(nameJa, "nameJa");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(source, "source");
    }

    Holiday toHoliday() {
        return new Holiday(date, nameJa, nameEn);
    }
}
