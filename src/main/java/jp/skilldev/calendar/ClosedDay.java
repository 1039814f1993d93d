package jp.skilldev.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A day on which administrative bodies are closed (行政機関の休日), with every reason that
 * applies, in a fixed order: day of the week, national holiday, year-end closure. A day that is
 * both a Sunday and a holiday names both (e.g. 2025-05-04 "日曜日・みどりの日").
 *
 * @param date    the closed day
 * @param reasons at least one reason
 */
public record ClosedDay(LocalDate date, List<Reason> reasons) {

    /** One reason the day is closed, in Japanese and English. */
    public record Reason(String ja, String en) {

        public Reason {
            Objects.requireNonNull(ja, "ja");
            Objects.requireNonNull(en, "en");
        }
    }

    public ClosedDay {
        Objects.requireNonNull(date, "date");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A closed day needs a reason: " + date);
        }
    }

    /** All reasons in Japanese, e.g. {@code 日曜日・みどりの日}. */
    public String reasonJa() {
        return reasons.stream().map(Reason::ja).collect(Collectors.joining("・"));
    }

    /** All reasons in English, e.g. {@code Sunday, Greenery Day}. */
    public String reasonEn() {
        return reasons.stream().map(Reason::en).collect(Collectors.joining(", "));
    }
}
