package jp.skilldev.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdministrativeCalendarTest {

    private static final AdministrativeCalendar CALENDAR = new AdministrativeCalendar(JapaneseHolidays.loadDefault());

    @ParameterizedTest(name = "{0} closed: {1} / {2}")
    @CsvSource(delimiter = '|', value = {
            "2025-05-10 | 土曜日                                 | Saturday",
            "2025-05-11 | 日曜日                                 | Sunday",
            "2025-05-03 | 土曜日・憲法記念日                     | Saturday, Constitution Memorial Day",
            "2025-05-04 | 日曜日・みどりの日                     | Sunday, Greenery Day",
            "2025-05-06 | 振替休日                               | Substitute Holiday",
            "2026-09-22 | 国民の休日                             | Citizens' Holiday",
            "2025-12-29 | 年末年始 (12月29日〜1月3日)            | year-end closure (29 Dec – 3 Jan)",
            "2026-01-01 | 元日・年末年始 (12月29日〜1月3日)      | New Year's Day, year-end closure (29 Dec – 3 Jan)",
            "2026-01-03 | 土曜日・年末年始 (12月29日〜1月3日)    | Saturday, year-end closure (29 Dec – 3 Jan)"})
    void closedDaysNameEveryReason(LocalDate date, String reasonJa, String reasonEn) {
        ClosedDay closed = CALENDAR.closure(date).orElseThrow();
        assertEquals(date, closed.date());
        assertEquals(reasonJa, closed.reasonJa());
        assertEquals(reasonEn, closed.reasonEn());
        assertTrue(CALENDAR.isAdministrativeHoliday(date));
        assertFalse(CALENDAR.isBusinessDay(date));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2026-12-28", "2027-01-04", "2025-05-07", "2025-12-26", "2026-01-05", "2021-01-04"})
    void weekdaysOutsideHolidaysAndClosureAreBusinessDays(LocalDate date) {
        assertEquals(Optional.empty(), CALENDAR.closure(date));
        assertFalse(CALENDAR.isAdministrativeHoliday(date));
        assertTrue(CALENDAR.isBusinessDay(date));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2026-12-29", "2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02", "2027-01-03"})
    void yearEndClosureRunsFrom29DecemberTo3January(LocalDate date) {
        assertTrue(CALENDAR.closure(date).orElseThrow().reasonEn().contains("year-end closure"), date.toString());
    }

    @Test
    void yearEndClosureBoundaries() {
        assertTrue(CALENDAR.isBusinessDay(LocalDate.of(2026, 12, 28)));     // Monday
        assertTrue(CALENDAR.isAdministrativeHoliday(LocalDate.of(2026, 12, 29)));
        assertTrue(CALENDAR.isAdministrativeHoliday(LocalDate.of(2027, 1, 3)));
        assertTrue(CALENDAR.isBusinessDay(LocalDate.of(2027, 1, 4)));       // Monday
    }

    @ParameterizedTest(name = "after {0} -> {1}")
    @CsvSource({
            "2025-05-02, 2025-05-07",   // Golden Week: Sat, Sun+holiday, holiday, substitute
            "2025-12-26, 2026-01-05",   // across the year-end closure and a weekend
            "2025-10-09, 2025-10-10",
            "2025-10-10, 2025-10-14",   // Friday before Sports Day Monday
            "2026-09-18, 2026-09-24"})  // 2026 Silver Week
    void nextBusinessDayIsStrictlyAfter(LocalDate date, LocalDate expected) {
        assertEquals(expected, CALENDAR.nextBusinessDay(date));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2025-05-07, 2025-05-07",
            "2025-05-03, 2025-05-07",
            "2025-12-30, 2026-01-05",
            "2025-03-29, 2025-03-31",
            "2026-09-19, 2026-09-24"})
    void onOrNextBusinessDayRollsOnlyClosedDays(LocalDate date, LocalDate expected) {
        assertEquals(expected, CALENDAR.onOrNextBusinessDay(date));
    }

    @Test
    void datesOutsideTheHolidayRangeAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> CALENDAR.closure(LocalDate.of(1979, 6, 1)));
        assertThrows(IllegalArgumentException.class, () -> CALENDAR.nextBusinessDay(LocalDate.of(2099, 12, 31)));
    }
}
