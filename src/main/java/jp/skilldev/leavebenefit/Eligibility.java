package jp.skilldev.leavebenefit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The automatic eligibility check (支給要件の確認) of the education training leave benefit (教育訓練休暇給付金),
 * RULES §3. Every condition is checked, so that a refusal names all of them at once.
 */
public final class Eligibility {

    private Eligibility() {
    }

    /**
     * What the employer and worker declared about the leave and the worker's insurance history.
     *
     * @param ageAtLeaveStart          the worker's age on the first day of leave
     * @param insuredMonthsInLookback  insured months (months with 11 or more working days) in the look-back period
     * @param enrolmentYears           completed years of enrolment before the leave starts
     * @param leaveStart               first day of leave
     * @param leaveLastDay             last day of leave (planned, or the day before an early return)
     */
    public record Facts(int ageAtLeaveStart, int insuredMonthsInLookback, int enrolmentYears, boolean unpaid,
                        boolean ownInitiativeUnderWorkRules, boolean businessOrder, boolean dismissalPlanned,
                        LocalDate leaveStart, LocalDate leaveLastDay) {
    }

    /** The outcome; {@code failed} lists every condition not met, in the order of {@link EligibilityCondition}. */
    public record Result(List<EligibilityCondition> failed) {

        public Result {
            failed = List.copyOf(failed);
        }

        public boolean eligible() {
            return failed.isEmpty();
        }
    }

    public static Result check(EligibilityRules rules, Facts facts) {
        List<EligibilityCondition> failed = new ArrayList<>(
                checkPerson(rules, facts.ageAtLeaveStart(), facts.enrolmentYears()).failed());
        if (facts.insuredMonthsInLookback() < rules.minInsuredMonthsInLookback()) {
            failed.add(EligibilityCondition.INSURED_MONTHS);
        }
        failed.addAll(checkLeave(rules, facts));
        return new Result(failed);
    }

    /**
     * Only the conditions that age and years of enrolment decide, in the order of {@link #check}: what the
     * public estimator can tell before anything about the leave is known.
     */
    public static Result checkPerson(EligibilityRules rules, int ageAtLeaveStart, int enrolmentYears) {
        List<EligibilityCondition> failed = new ArrayList<>();
        if (ageAtLeaveStart > rules.maxAgeGeneralInsuredPerson()) {
            failed.add(EligibilityCondition.GENERAL_INSURED_PERSON);
        }
        if (enrolmentYears < rules.minEnrolmentYears()) {
            failed.add(EligibilityCondition.ENROLMENT_YEARS);
        }
        return new Result(failed);
    }

    private static List<EligibilityCondition> checkLeave(EligibilityRules rules, Facts facts) {
        List<EligibilityCondition> failed = new ArrayList<>();
        if (!facts.unpaid()) {
            failed.add(EligibilityCondition.UNPAID_LEAVE);
        }
        if (!facts.ownInitiativeUnderWorkRules()) {
            failed.add(EligibilityCondition.OWN_INITIATIVE);
        }
        if (facts.businessOrder()) {
            failed.add(EligibilityCondition.NOT_BUSINESS_ORDER);
        }
        if (leaveDays(facts.leaveStart(), facts.leaveLastDay()) < rules.minLeaveDays()) {
            failed.add(EligibilityCondition.LEAVE_LENGTH);
        }
        if (facts.dismissalPlanned()) {
            failed.add(EligibilityCondition.NO_PLANNED_DISMISSAL);
        }
        return failed;
    }

    /** Days of leave, both ends included. */
    public static long leaveDays(LocalDate leaveStart, LocalDate leaveLastDay) {
        return ChronoUnit.DAYS.between(leaveStart, leaveLastDay) + 1;
    }
}
