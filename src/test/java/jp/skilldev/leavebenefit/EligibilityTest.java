package jp.skilldev.leavebenefit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    private static final LocalDate START = LocalDate.of(2026, 4, 1);

    private static Eligibility.Facts eligibleFacts() {
        return new Eligibility.Facts(40, 12, 5, true, true, false, false, START, START.plusDays(29));
    }

    private static Eligibility.Result check(Eligibility.Facts facts) {
        return Eligibility.check(LeaveRuleData.eligibility(), facts);
    }

    @Test
    void aWorkerMeetingEveryConditionAtItsMinimumIsEligible() {
        assertThat(check(eligibleFacts()).eligible()).isTrue();
    }

    @Test
    void elevenInsuredMonthsAreNotEnough() {
        Eligibility.Facts f = eligibleFacts();
        assertThat(check(new Eligibility.Facts(40, 11, 5, true, true, false, false, START, f.leaveLastDay())).failed())
                .containsExactly(EligibilityCondition.INSURED_MONTHS);
    }

    @Test
    void fourYearsOfEnrolmentAreNotEnough() {
        assertThat(check(new Eligibility.Facts(40, 12, 4, true, true, false, false, START, START.plusDays(29))).failed())
                .containsExactly(EligibilityCondition.ENROLMENT_YEARS);
    }

    @Test
    void aLeaveOf29DaysIsTooShort() {
        assertThat(check(new Eligibility.Facts(40, 12, 5, true, true, false, false, START, START.plusDays(28))).failed())
                .containsExactly(EligibilityCondition.LEAVE_LENGTH);
    }

    @Test
    void aWorkerAged64IsEligibleAnd65IsNot() {
        assertThat(check(new Eligibility.Facts(64, 12, 5, true, true, false, false, START, START.plusDays(29))).eligible()).isTrue();
        assertThat(check(new Eligibility.Facts(65, 12, 5, true, true, false, false, START, START.plusDays(29))).failed())
                .containsExactly(EligibilityCondition.GENERAL_INSURED_PERSON);
    }

    @Test
    void everyFailedConditionIsNamed() {
        Eligibility.Result result = check(new Eligibility.Facts(70, 0, 0, false, false, true, true, START, START));

        assertThat(result.eligible()).isFalse();
        assertThat(result.failed()).containsExactly(EligibilityCondition.values());
    }

    @Test
    void paidLeaveBusinessOrderOrPlannedDismissalEachFailOnTheirOwn() {
        LocalDate end = START.plusDays(29);
        assertThat(check(new Eligibility.Facts(40, 12, 5, false, true, false, false, START, end)).failed())
                .containsExactly(EligibilityCondition.UNPAID_LEAVE);
        assertThat(check(new Eligibility.Facts(40, 12, 5, true, false, false, false, START, end)).failed())
                .containsExactly(EligibilityCondition.OWN_INITIATIVE);
        assertThat(check(new Eligibility.Facts(40, 12, 5, true, true, true, false, START, end)).failed())
                .containsExactly(EligibilityCondition.NOT_BUSINESS_ORDER);
        assertThat(check(new Eligibility.Facts(40, 12, 5, true, true, false, true, START, end)).failed())
                .containsExactly(EligibilityCondition.NO_PLANNED_DISMISSAL);
    }

    @Test
    void leaveDaysCountBothEnds() {
        assertThat(Eligibility.leaveDays(START, START)).isEqualTo(1);
        assertThat(Eligibility.leaveDays(START, START.plusDays(29))).isEqualTo(30);
    }
}
