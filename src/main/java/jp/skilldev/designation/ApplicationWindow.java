package jp.skilldev.designation;

import java.time.LocalDate;

/**
 * One application window (申請受付期間) as published: it opens and closes on these days, and the
 * courses applied for in it are designated from {@code designatedFrom} (指定日).
 */
public record ApplicationWindow(String name, LocalDate opens, LocalDate closes, LocalDate designatedFrom) {
}
