package jp.skilldev.council.process;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/** Camunda Forms submit a date field as "YYYY-MM-DD"; the engine API may pass a {@link Date}. */
final class FormDates {

    private FormDates() {
    }

    static LocalDate localDate(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneId.of("Asia/Tokyo")).toLocalDate();
        }
        if (value instanceof String text && !text.isBlank()) {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        }
        throw new IllegalArgumentException("a date (YYYY-MM-DD) is required, got " + value);
    }
}
