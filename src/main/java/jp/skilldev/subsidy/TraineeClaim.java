package jp.skilldev.subsidy;

import java.math.BigDecimal;

/**
 * One trainee's figures for the amount calculation: the hours planned and actually attended
 * (Off-JT and OJT), the expense the employer actually paid, and whether the wage requirement is met.
 * {@code workerType} is the type that selects the rate row, after any conversion to regular employment.
 */
public record TraineeClaim(String name, WorkerType workerType, BigDecimal plannedHours, BigDecimal offJtHours,
                           BigDecimal ojtHours, long expensePaidYen, boolean wageRequirementMet) {

    public TraineeClaim withWageRequirementMet(boolean met) {
        return new TraineeClaim(name, workerType, plannedHours, offJtHours, ojtHours, expensePaidYen, met);
    }
}
