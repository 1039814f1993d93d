/**
 * Dates, deadlines and the administrative calendar shared by all lifecycles (RULES.md §0).
 *
 * <p>Pure Java, no framework: {@link jp.skilldev.calendar.JapaneseHolidays} computes national
 * holidays (国民の祝日) for 1980–2099 from the rules of the National Holidays Act plus the
 * special-law days kept as rule data; {@link jp.skilldev.calendar.AdministrativeCalendar} adds
 * the other administrative holidays (行政機関の休日); {@link jp.skilldev.calendar.Periods}
 * counts Civil Code periods; {@link jp.skilldev.calendar.DeadlineCalculator} combines them into
 * {@link jp.skilldev.calendar.Deadline}s that state their basis in Japanese and English.
 * All dates are {@code Asia/Tokyo} calendar dates.
 */
package jp.skilldev.calendar;
