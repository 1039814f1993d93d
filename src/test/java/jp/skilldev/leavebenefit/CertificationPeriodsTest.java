package jp.skilldev.leavebenefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CertificationPeriodsTest {

    private static final LocalDate START = LocalDate.of(2026, 4, 1);

    private static CertificationPeriods leaveOf(int days) {
        return new CertificationPeriods(LeaveRuleData.certification(), START, START.plusDays(days - 1L));
    }

    @Test
    void aPeriodClosesEvery30DaysCountedFromLeaveStart() {
        CertificationPeriods periods = leaveOf(150);

        assertThat(periods.period(1)).hasValue(new CertificationPeriod(1, START, LocalDate.of(2026, 4, 30)));
        assertThat(periods.period(2)).hasValue(new CertificationPeriod(2, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 30)));
        assertThat(periods.period(5)).hasValue(new CertificationPeriod(5, LocalDate.of(2026, 7, 30), LocalDate.of(2026, 8, 28)));
        assertThat(periods.period(1).orElseThrow().closesOn()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(periods.isLast(4)).isFalse();
        assertThat(periods.isLast(5)).isTrue();
        assertThat(periods.period(6)).isEmpty();
    }

    @Test
    void theLastPeriodOfALeaveEndingMidPeriodIsShorter() {
        CertificationPeriods periods = leaveOf(75);

        assertThat(periods.period(3)).hasValue(new CertificationPeriod(3, LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 14)));
        assertThat(periods.period(3).orElseThrow().days()).isEqualTo(15);
        assertThat(periods.isLast(3)).isTrue();
    }

    @Test
    void aLeaveOfExactly31DaysHasAOneDaySecondPeriod() {
        assertThat(leaveOf(31).period(2).orElseThrow().days()).isEqualTo(1);
        assertThat(leaveOf(30).period(2)).isEmpty();
    }

    @Test
    void nothingIsPaidBeyondOneYearCountedFromLeaveStart() {
        CertificationPeriods periods = leaveOf(400);

        assertThat(CertificationPeriods.receiptLastDay(LeaveRuleData.certification(), START)).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(periods.lastBenefitDay()).isEqualTo(LocalDate.of(2027, 3, 31));
        // 365 days = 12 periods of 30 days and a 13th of 5 days ending on the receipt period's last day.
        assertThat(periods.period(13)).hasValue(new CertificationPeriod(13, LocalDate.of(2027, 3, 27), LocalDate.of(2027, 3, 31)));
        assertThat(periods.period(14)).isEmpty();
    }

    @Test
    void payableDaysAreThePeriodsDaysLessDaysWorkedOrPaid() {
        CertificationPeriod period = leaveOf(150).period(1).orElseThrow();

        assertThat(CertificationPeriods.payableDays(period, 0, 150)).isEqualTo(30);
        assertThat(CertificationPeriods.payableDays(period, 3, 150)).isEqualTo(27);
        assertThat(CertificationPeriods.payableDays(period, 30, 150)).isZero();
    }

    @Test
    void payableDaysNeverExceedTheDaysLeft() {
        CertificationPeriod period = leaveOf(150).period(1).orElseThrow();

        assertThat(CertificationPeriods.payableDays(period, 0, 31)).isEqualTo(30);
        assertThat(CertificationPeriods.payableDays(period, 0, 30)).isEqualTo(30);
        assertThat(CertificationPeriods.payableDays(period, 0, 29)).isEqualTo(29);
        assertThat(CertificationPeriods.payableDays(period, 5, 10)).isEqualTo(10);
        assertThat(CertificationPeriods.payableDays(period, 0, 0)).isZero();
    }

    @Test
    void moreDaysWorkedThanThePeriodHasAreRefused() {
        CertificationPeriod period = leaveOf(150).period(1).orElseThrow();

        assertThatThrownBy(() -> CertificationPeriods.payableDays(period, 31, 150)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CertificationPeriods.payableDays(period, -1, 150)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLeaveEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new CertificationPeriods(LeaveRuleData.certification(), START, START.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
