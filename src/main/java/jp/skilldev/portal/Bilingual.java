package jp.skilldev.portal;

/** A text shown Japanese first, English second. */
public record Bilingual(String ja, String en) {
}
