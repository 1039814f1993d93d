package jp.skilldev.leavebenefit;

/**
 * The rule data of the table {@code leave-eligibility}: the thresholds of the main eligibility
 * conditions (主な支給要件) of RULES §3.
 *
 * @param minInsuredMonthsInLookback   insured months needed in the two years before the leave (counted by the employer)
 * @param minEnrolmentYears            years of enrolment needed before the leave starts
 * @param minLeaveDays                 the shortest leave that qualifies
 * @param maxAgeGeneralInsuredPerson   the oldest age of a general insured person (一般被保険者)
 */
public record EligibilityRules(int minInsuredMonthsInLookback, int minEnrolmentYears,
                               int minLeaveDays, int maxAgeGeneralInsuredPerson) {
}
