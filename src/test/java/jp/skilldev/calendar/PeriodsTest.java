package jp.skilldev.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodsTest {

    @ParameterizedTest(name = "{1} days counted from {0} -> {2}")
    @CsvSource({
            "2025-10-01, 10, 2025-10-10",   // RULES §0 example
            "2025-10-01,  1, 2025-10-01",   // the start day is day 1
            "2024-02-20, 10, 2024-02-29",   // leap day is counted
            "2025-02-20, 10, 2025-03-01",
            "2024-12-25, 10, 2025-01-03",   // across New Year
            "2025-01-01, 365, 2025-12-31"})
    void daysCountedFromIncludeTheStartDay(LocalDate start, int days, LocalDate expected) {
        assertEquals(expected, Periods.daysCountedFrom(start, days));
    }

    @ParameterizedTest(name = "{1} months from the day after {0} -> {2}")
    @CsvSource({
            "2025-01-31, 2, 2025-03-31",    // RULES §0: starts 1 Feb, whole calendar months
            "2025-02-28, 1, 2025-03-31",    // starts 1 Mar
            "2025-03-04, 2, 2025-05-04",    // day before the corresponding day 5 May
            "2025-01-30, 2, 2025-03-30",    // starts 31 Jan; March has a 31st
            "2024-12-30, 2, 2025-02-28",    // starts 31 Dec; February has no 31st
            "2023-12-30, 2, 2024-02-29",    // same, leap year
            "2024-08-30, 6, 2025-02-28",    // starts 31 Aug; February 2025 has no 31st
            "2024-12-31, 2, 2025-02-28",    // starts 1 Jan
            "2023-12-31, 2, 2024-02-29",    // starts 1 Jan, leap year
            "2024-01-29, 1, 2024-02-29",    // starts 30 Jan; February 2024 has no 30th
            "2025-01-28, 1, 2025-02-28",    // starts 29 Jan; February 2025 has no 29th
            "2024-01-28, 1, 2024-02-28",    // starts 29 Jan; 29 Feb 2024 exists, so the day before
            "2024-02-28, 12, 2025-02-28",   // starts 29 Feb; February 2025 has no 29th
            "2024-02-29, 1, 2024-03-31",    // starts 1 Mar
            "2023-02-28, 12, 2024-02-29",   // starts 1 Mar 2023; twelve calendar months end with Feb 2024
            "2024-02-27, 1, 2024-03-27",    // starts 28 Feb
            "2025-06-30, 5, 2025-11-30",    // starts 1 Jul (wage premium claim, 5 months)
            "2025-11-15, 2, 2026-01-15",    // across New Year
            "2025-03-04, 0, 2025-03-04"})   // zero months end on the day itself
    void monthsFromDayAfterFollowCivilCodeArticle143(LocalDate day, int months, LocalDate expected) {
        assertEquals(expected, Periods.monthsFromDayAfter(day, months));
    }

    @ParameterizedTest(name = "{1} months before {0} -> {2}")
    @CsvSource({
            "2025-06-01, 1, 2025-05-01",
            "2026-04-01, 6, 2025-10-01",
            "2025-05-31, 3, 2025-02-28",    // no 31 Feb: the month's last day
            "2024-05-31, 3, 2024-02-29",    // leap year
            "2024-03-31, 1, 2024-02-29",
            "2025-03-30, 1, 2025-02-28",
            "2025-02-28, 12, 2024-02-28",   // the same day of the month, not the month end
            "2024-02-29, 12, 2023-02-28",
            "2025-01-15, 2, 2024-11-15",    // across New Year
            "2025-06-01, 0, 2025-06-01"})
    void monthsBeforeTakeTheSameDayOrTheMonthEnd(LocalDate event, int months, LocalDate expected) {
        assertEquals(expected, Periods.monthsBefore(event, months));
    }

    @Test
    void negativeOrEmptyCountsAreRejected() {
        LocalDate d = LocalDate.of(2025, 1, 1);
        assertThrows(IllegalArgumentException.class, () -> Periods.daysCountedFrom(d, 0));
        assertThrows(IllegalArgumentException.class, () -> Periods.daysCountedFrom(d, -1));
        assertThrows(IllegalArgumentException.class, () -> Periods.monthsFromDayAfter(d, -1));
        assertThrows(IllegalArgumentException.class, () -> Periods.monthsBefore(d, -1));
    }

    @Test
    void missingDatesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Periods.daysCountedFrom(null, 10));
        assertThrows(IllegalArgumentException.class, () -> Periods.monthsFromDayAfter(null, 2));
        assertThrows(IllegalArgumentException.class, () -> Periods.monthsBefore(null, 1));
    }
}
