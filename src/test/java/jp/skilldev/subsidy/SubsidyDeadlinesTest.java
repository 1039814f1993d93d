package jp.skilldev.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import jp.skilldev.deadlines.FilingWindow;
import org.junit.jupiter.api.Test;

class SubsidyDeadlinesTest {

    private final SubsidyDeadlines deadlines = SubsidyRuleData.DEADLINES;

    @Test
    void planMayBeFiledFromSixMonthsBeforeTheStartNotADayEarlier() {
        FilingWindow window = deadlines.planWindow(LocalDate.of(2026, 10, 1));

        assertThat(window.contains(LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(window.contains(LocalDate.of(2026, 4, 1))).isTrue();
        assertThat(window.contains(LocalDate.of(2026, 4, 2))).isTrue();
    }

    @Test
    void planMayBeFiledUntilOneMonthBeforeTheStartNotADayLater() {
        FilingWindow window = deadlines.planWindow(LocalDate.of(2026, 10, 1));

        assertThat(window.contains(LocalDate.of(2026, 8, 31))).isTrue();
        assertThat(window.contains(LocalDate.of(2026, 9, 1))).isTrue();
        assertThat(window.contains(LocalDate.of(2026, 9, 2))).isFalse();
    }

    @Test
    void planLimitOnAHolidayIsNotMovedLater() {
        // one month before a 2025-12-01 start is Saturday 2025-11-01: filing must happen by then, not on Monday
        FilingWindow window = deadlines.planWindow(LocalDate.of(2025, 12, 1));

        assertThat(window.latest().effective()).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(window.contains(LocalDate.of(2025, 11, 4))).isFalse();
    }

    @Test
    void claimWindowOpensTheDayAfterTrainingEnds() {
        ClaimWindow window = deadlines.claimWindow(LocalDate.of(2025, 1, 31));

        assertThat(window.isOpenOn(LocalDate.of(2025, 1, 31))).isFalse();
        assertThat(window.isOpenOn(LocalDate.of(2025, 2, 1))).isTrue();
    }

    @Test
    void claimDeadlineForMonthEndTrainingIsTheLastDayOfTheSecondMonth() {
        ClaimWindow window = deadlines.claimWindow(LocalDate.of(2025, 1, 31));

        assertThat(window.deadline().effective()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(window.isOpenOn(LocalDate.of(2025, 3, 30))).isTrue();
        assertThat(window.isOpenOn(LocalDate.of(2025, 3, 31))).isTrue();
        assertThat(window.isOpenOn(LocalDate.of(2025, 4, 1))).isFalse();
        assertThat(window.expiresOn()).isEqualTo(LocalDate.of(2025, 4, 1));
    }

    @Test
    void claimDeadlineInGoldenWeekRollsToTheNextBusinessDay() {
        ClaimWindow window = deadlines.claimWindow(LocalDate.of(2025, 3, 4));

        assertThat(window.deadline().nominal()).isEqualTo(LocalDate.of(2025, 5, 4));
        assertThat(window.deadline().effective()).isEqualTo(LocalDate.of(2025, 5, 7));
        assertThat(window.isOpenOn(LocalDate.of(2025, 5, 6))).isTrue();
        assertThat(window.isOpenOn(LocalDate.of(2025, 5, 7))).isTrue();
        assertThat(window.isOpenOn(LocalDate.of(2025, 5, 8))).isFalse();
    }

    @Test
    void remindersFall14And3DaysBeforeTheEffectiveDeadline() {
        ClaimWindow window = deadlines.claimWindow(LocalDate.of(2025, 3, 4));

        assertThat(window.firstReminder()).isEqualTo(LocalDate.of(2025, 4, 23));
        assertThat(window.lastReminder()).isEqualTo(LocalDate.of(2025, 5, 4));
    }

    @Test
    void premiumClaimIsDueFiveMonthsFromTheDayAfterTheWageWasPaid() {
        assertThat(deadlines.premiumClaimDeadline(LocalDate.of(2025, 6, 25)).effective())
                .isEqualTo(LocalDate.of(2025, 11, 25));
    }
}
