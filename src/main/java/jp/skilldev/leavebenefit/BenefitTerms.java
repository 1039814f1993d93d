package jp.skilldev.leavebenefit;

/**
 * What the worker receives (給付日額と所定給付日数): the daily amount and the benefit days, fixed at the
 * eligibility decision under the rule data in force on the first day of leave.
 */
public record BenefitTerms(DailyAmount dailyAmount, int benefitDays) {

    public long dailyAmountYen() {
        return dailyAmount.dailyAmountYen();
    }

    public long amountFor(int days) {
        return dailyAmount.dailyAmountYen() * days;
    }

    public long totalAmountYen() {
        return amountFor(benefitDays);
    }
}
