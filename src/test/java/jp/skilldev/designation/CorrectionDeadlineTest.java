package jp.skilldev.designation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import jp.skilldev.calendar.AdministrativeCalendar;
import jp.skilldev.calendar.DeadlineCalculator;
import jp.skilldev.calendar.JapaneseHolidays;
import org.junit.jupiter.api.Test;

class CorrectionDeadlineTest {

    private static final DeadlineCalculator CALCULATOR =
            new DeadlineCalculator(new AdministrativeCalendar(JapaneseHolidays.loadDefault()));
    private static final CorrectionRules RULES = new CorrectionRules(14, 3);

    @Test
    void replyPeriodOfFourteenDaysCountsTheRequestDayAsDayOne() {
        CorrectionDeadline deadline = CorrectionDeadline.of(CALCULATOR, RULES, LocalDate.of(2026, 10, 6));

        assertThat(deadline.reply().effective()).isEqualTo(LocalDate.of(2026, 10, 19));
        assertThat(deadline.reply().isRolled()).isFalse();
        assertThat(deadline.remindOn()).isEqualTo(LocalDate.of(2026, 10, 16));
        assertThat(deadline.lapsesOn()).isEqualTo(LocalDate.of(2026, 10, 20));
    }

    @Test
    void replyPeriodEndingOnASundayRunsToMondayAndTheReminderFollows() {
        CorrectionDeadline deadline = CorrectionDeadline.of(CALCULATOR, RULES, LocalDate.of(2026, 10, 5));

        assertThat(deadline.reply().nominal()).isEqualTo(LocalDate.of(2026, 10, 18));
        assertThat(deadline.reply().effective()).isEqualTo(LocalDate.of(2026, 10, 19));
        assertThat(deadline.remindOn()).isEqualTo(LocalDate.of(2026, 10, 16));
        assertThat(deadline.reply().basis().en()).contains("correction request 2026-10-05");
    }

    @Test
    void replyPeriodEndingInTheYearEndClosureRunsToTheFourthOfJanuary() {
        // 2026-12-16 + 14 days counted → 2026-12-29, closed until 2027-01-03 (a Sunday); 01-04 is a Monday.
        CorrectionDeadline deadline = CorrectionDeadline.of(CALCULATOR, RULES, LocalDate.of(2026, 12, 16));

        assertThat(deadline.reply().effective()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(deadline.lapsesOn()).isEqualTo(LocalDate.of(2027, 1, 5));
    }
}
