package jp.skilldev.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * One holiday rule of the National Holidays Act (国民の祝日に関する法律) in one wording, with the
 * years in which that wording was in force. A holiday whose date rule changed (e.g. Coming of
 * Age Day, 15 January until 1999, second Monday of January from 2000) has one entry per wording.
 *
 * @param firstYear first year the rule gave a holiday
 * @param lastYear  last year it did, inclusive; {@link #IN_FORCE} while it still applies
 */
record StatutoryHoliday(String nameJa, String nameEn, int firstYear, int lastYear, DateRule rule) {

    static final int IN_FORCE = Integer.MAX_VALUE;

    /** Where the holiday falls in a given year. */
    @FunctionalInterface
    interface DateRule {
        LocalDate in(int year);
    }

    static DateRule fixed(Month month, int day) {
        return year -> LocalDate.of(year, month, day);
    }

    /** "Happy Monday" rules (ハッピーマンデー): the n-th Monday of a month. */
    static DateRule monday(Month month, int ordinal) {
        return year -> LocalDate.of(year, month, 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(ordinal, DayOfWeek.MONDAY));
    }

    Optional<Holiday> in(int year) {
        if (year < firstYear || year > lastYear) {
            return Optional.empty();
        }
        return Optional.of(new Holiday(rule.in(year), nameJa, nameEn));
    }
}
