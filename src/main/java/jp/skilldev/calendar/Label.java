package jp.skilldev.calendar;

import java.util.Objects;

/**
 * What a deadline is counted from, in words for its basis, e.g.
 * {@code new Label("訓練終了日", "training end")}.
 *
 * @param ja Japanese, as on the official form
 * @param en English
 */
public record Label(String ja, String en) {

    public Label {
        requireText(ja, "ja");
        requireText(en, "en");
    }

    private static void requireText(String text, String field) {
        if (Objects.requireNonNull(text, field).isBlank()) {
            throw new IllegalArgumentException("Label." + field + " must not be blank");
        }
    }
}
