package jp.skilldev.leavebenefit;

import java.util.List;

/**
 * The public estimate of the benefit from age, wages and years of enrolment; {@code terms} is null when a
 * condition that these decide is not met.
 */
public record LeaveBenefitEstimate(List<EligibilityCondition> failed, BenefitTerms terms, int periodDays) {

    public LeaveBenefitEstimate {
        failed = List.copyOf(failed);
    }

    public boolean eligible() {
        return failed.isEmpty();
    }

    public long amountPerPeriodYen() {
        return terms.amountFor(periodDays);
    }
}
