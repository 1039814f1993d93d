package jp.skilldev.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineCalculatorTest {

    private static final DeadlineCalculator CALCULATOR =
            new DeadlineCalculator(new AdministrativeCalendar(JapaneseHolidays.loadDefault()));
    private static final Label TRAINING_END = new Label("訓練終了日", "training end");
    private static final Label TRAINING_START = new Label("訓練開始日", "training start");
    private static final Label LEAVE_START = new Label("休暇開始日", "leave start");

    @Test
    void claimDeadlineOnABusinessDayStaysAndSaysSo() {
        Deadline deadline = CALCULATOR.monthsFromDayAfter(TRAINING_END, LocalDate.of(2025, 1, 31), 2);

        assertEquals(LocalDate.of(2025, 1, 31), deadline.from());
        assertEquals(LocalDate.of(2025, 3, 31), deadline.nominal());
        assertEquals(LocalDate.of(2025, 3, 31), deadline.effective());
        assertFalse(deadline.isRolled());
        assertEquals("2 months from the day after training end 2025-01-31; 2025-03-31 is a business day",
                deadline.basis().en());
        assertEquals("訓練終了日 2025-01-31 の翌日から起算して2か月（2025-03-31）は開庁日のため、2025-03-31 まで",
                deadline.basis().ja());
    }

    @Test
    void claimDeadlineOnAHolidayMovesToTheNextBusinessDay() {
        // 2025-05-04 is a Sunday and みどりの日, 5/5 こどもの日, 5/6 振替休日.
        Deadline deadline = CALCULATOR.monthsFromDayAfter(TRAINING_END, LocalDate.of(2025, 3, 4), 2);

        assertEquals(LocalDate.of(2025, 5, 4), deadline.nominal());
        assertEquals(LocalDate.of(2025, 5, 7), deadline.effective());
        assertTrue(deadline.isRolled());
        assertEquals("2 months from the day after training end 2025-03-04 ends 2025-05-04, an administrative "
                + "holiday (Sunday, Greenery Day); moved to the next business day 2025-05-07", deadline.basis().en());
        assertEquals("訓練終了日 2025-03-04 の翌日から起算して2か月（2025-05-04）は行政機関の休日（日曜日・みどりの日）"
                + "のため、翌開庁日 2025-05-07 まで", deadline.basis().ja());
    }

    @Test
    void deadlineInTheYearEndClosureMovesPastNewYear() {
        Deadline deadline = CALCULATOR.daysCountedFrom(LEAVE_START, LocalDate.of(2025, 12, 21), 10);

        assertEquals(LocalDate.of(2025, 12, 30), deadline.nominal());
        assertEquals(LocalDate.of(2026, 1, 5), deadline.effective());
        assertEquals("10 days counted from leave start 2025-12-21 ends 2025-12-30, an administrative holiday "
                + "(year-end closure (29 Dec – 3 Jan)); moved to the next business day 2026-01-05", deadline.basis().en());
        assertEquals("休暇開始日 2025-12-21 から起算して10日（2025-12-30）は行政機関の休日（年末年始 (12月29日〜1月3日)）"
                + "のため、翌開庁日 2026-01-05 まで", deadline.basis().ja());
    }

    @Test
    void daysCountedFromOnABusinessDay() {
        Deadline deadline = CALCULATOR.daysCountedFrom(LEAVE_START, LocalDate.of(2025, 10, 1), 10);

        assertEquals(LocalDate.of(2025, 10, 10), deadline.effective());
        assertEquals("10 days counted from leave start 2025-10-01; 2025-10-10 is a business day", deadline.basis().en());
        assertEquals("休暇開始日 2025-10-01 から起算して10日（2025-10-10）は開庁日のため、2025-10-10 まで",
                deadline.basis().ja());
    }

    @ParameterizedTest(name = "{1} months after {0}: {2} -> {3}")
    @CsvSource({
            "2025-01-27, 2, 2025-03-27, 2025-03-27",   // Thursday
            "2025-01-28, 2, 2025-03-28, 2025-03-28",   // Friday
            "2025-01-29, 2, 2025-03-29, 2025-03-31",   // Saturday
            "2025-07-22, 2, 2025-09-22, 2025-09-22",   // Monday before 秋分の日: a business day
            "2025-07-23, 2, 2025-09-23, 2025-09-24",   // 秋分の日, a Tuesday
            "2025-10-29, 2, 2025-12-29, 2026-01-05",   // year-end closure
            "2025-06-30, 5, 2025-11-30, 2025-12-01"})  // Sunday
    void forwardDeadlinesRollPastAdministrativeHolidays(LocalDate from, int months, LocalDate nominal,
                                                        LocalDate effective) {
        Deadline deadline = CALCULATOR.monthsFromDayAfter(TRAINING_END, from, months);
        assertEquals(nominal, deadline.nominal());
        assertEquals(effective, deadline.effective());
    }

    @Test
    void limitBeforeAnEventIsNotRolled() {
        Deadline deadline = CALCULATOR.monthsBefore(TRAINING_START, LocalDate.of(2025, 6, 1), 1);

        assertEquals(LocalDate.of(2025, 5, 1), deadline.nominal());
        assertEquals(deadline.nominal(), deadline.effective());
        assertEquals("1 month before training start 2025-06-01 is 2025-05-01; a limit before an event is not "
                + "moved to a later business day", deadline.basis().en());
        assertEquals("訓練開始日 2025-06-01 の1か月前（2025-05-01）まで。事前の期限のため翌開庁日への繰延べはしない",
                deadline.basis().ja());
    }

    @Test
    void limitBeforeAnEventOnAClosedDayNamesTheClosureButStays() {
        Deadline deadline = CALCULATOR.monthsBefore(TRAINING_START, LocalDate.of(2025, 7, 6), 2);

        assertEquals(LocalDate.of(2025, 5, 6), deadline.nominal());
        assertEquals(LocalDate.of(2025, 5, 6), deadline.effective());
        assertFalse(deadline.isRolled());
        assertEquals("2 months before training start 2025-07-06 is 2025-05-06, an administrative holiday "
                + "(Substitute Holiday); a limit before an event is not moved to a later business day",
                deadline.basis().en());
        assertEquals("訓練開始日 2025-07-06 の2か月前（2025-05-06）まで。この日は行政機関の休日（振替休日）だが、"
                + "事前の期限のため翌開庁日への繰延べはしない", deadline.basis().ja());
    }

    @Test
    void limitBeforeAnEventUsesTheMonthEndWhenTheDayIsMissing() {
        Deadline deadline = CALCULATOR.monthsBefore(TRAINING_START, LocalDate.of(2025, 5, 31), 3);
        assertEquals(LocalDate.of(2025, 2, 28), deadline.effective());
    }

    @Test
    void singularUnitsReadNaturally() {
        assertTrue(CALCULATOR.daysCountedFrom(LEAVE_START, LocalDate.of(2025, 10, 1), 1).basis().en()
                .startsWith("1 day counted from"));
        assertTrue(CALCULATOR.monthsFromDayAfter(TRAINING_END, LocalDate.of(2025, 1, 31), 1).basis().en()
                .startsWith("1 month from the day after"));
    }

    @Test
    void invalidInputsAreRejected() {
        LocalDate d = LocalDate.of(2025, 1, 31);
        assertThrows(IllegalArgumentException.class, () -> CALCULATOR.monthsFromDayAfter(TRAINING_END, d, -1));
        assertThrows(IllegalArgumentException.class, () -> CALCULATOR.daysCountedFrom(LEAVE_START, null, 10));
        assertThrows(NullPointerException.class, () -> CALCULATOR.monthsBefore(null, d, 1));
        assertThrows(IllegalArgumentException.class, () -> new Label(" ", "x"));
    }

    @Test
    void deadlineNeverMovesEarlier() {
        LocalDate d = LocalDate.of(2025, 5, 7);
        Deadline.Basis basis = new Deadline.Basis("ja", "en");
        assertThrows(IllegalArgumentException.class, () -> new Deadline(d, d, d.minusDays(1), basis));
    }
}
