package jp.skilldev.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day off under the National Holidays Act (国民の祝日に関する法律): a national holiday
 * (国民の祝日), a day a special law deems one, a substitute holiday (振替休日) or a
 * citizens' holiday (国民の休日).
 *
 * @param date   the calendar date in Japan
 * @param nameJa the official Japanese name, e.g. {@code 憲法記念日}
 * @param nameEn the English name, e.g. {@code Constitution Memorial Day}
 */
public record Holiday(LocalDate date, String nameJa, String nameEn) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(nameJa, "nameJa");
        Objects.requireNonNull(nameEn, "nameEn");
    }
}
