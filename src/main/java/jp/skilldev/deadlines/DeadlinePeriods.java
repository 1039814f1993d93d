package jp.skilldev.deadlines;

/** The rule data of the table {@code deadline-periods}: the lengths of the statutory filing periods. */
public record DeadlinePeriods(
        int subsidyClaimMonthsFromDayAfterTrainingEnd,
        int subsidyWagePremiumMonthsFromDayAfterWagePaid,
        int subsidyPlanEarliestMonthsBeforeTrainingStart,
        int subsidyPlanLatestMonthsBeforeTrainingStart,
        int leaveWageCertificateDaysFromLeaveStart,
        int leaveInitialApplicationDaysFromLeaveStart) {

    public DeadlinePeriods {
        if (subsidyPlanEarliestMonthsBeforeTrainingStart < subsidyPlanLatestMonthsBeforeTrainingStart) {
            throw new IllegalArgumentException("the plan window must open before it closes");
        }
    }
}
