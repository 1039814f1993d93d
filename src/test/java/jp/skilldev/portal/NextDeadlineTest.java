package jp.skilldev.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NextDeadlineTest {

    private static final Bilingual WHAT = new Bilingual("期限", "deadline");
    private static final LocalDate DUE = LocalDate.of(2026, 5, 11);
    private final PortalDates dates = new PortalDates();

    @Test
    void theDayBeforeTheDeadlineHasOneDayLeft() {
        NextDeadline deadline = NextDeadline.of(WHAT, DUE, DUE.minusDays(1), "basis");

        assertThat(deadline.daysLeft()).isEqualTo(1);
        assertThat(deadline.passed()).isFalse();
        assertThat(dates.daysLeft(deadline.daysLeft())).isEqualTo("あと 1 日 / 1 day left");
    }

    @Test
    void onTheDeadlineItIsDueTodayAndNotYetPassed() {
        NextDeadline deadline = NextDeadline.of(WHAT, DUE, DUE, "basis");

        assertThat(deadline.passed()).isFalse();
        assertThat(dates.daysLeft(deadline.daysLeft())).isEqualTo("本日が期限 / due today");
    }

    @Test
    void theDayAfterTheDeadlineItHasPassed() {
        NextDeadline deadline = NextDeadline.of(WHAT, DUE, DUE.plusDays(1), "basis");

        assertThat(deadline.passed()).isTrue();
        assertThat(dates.daysLeft(deadline.daysLeft())).isEqualTo("1 日経過 / 1 day overdue");
    }

    @Test
    void datesReadAsJapaneseWithTheDayOfTheWeek() {
        assertThat(dates.ja(DUE)).isEqualTo("2026年5月11日（月）");
        assertThat(dates.yen(1_234_567)).isEqualTo("1,234,567 円");
    }
}
