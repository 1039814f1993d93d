package jp.skilldev.leavebenefit;

import java.time.LocalDate;

/**
 * What the employer records about an agreed leave (教育訓練休暇取得確認票) and the worker's insurance history;
 * {@code wagesSixMonthsYen} is null when the wage certificate follows later.
 */
public record NewLeave(String workerUsername, LocalDate leaveStart, LocalDate plannedLastDay, boolean unpaid,
                       boolean ownInitiativeUnderWorkRules, boolean businessOrder, boolean dismissalPlanned,
                       int workerAgeAtLeaveStart, int enrolmentYears, int insuredMonthsInLastTwoYears,
                       Long wagesSixMonthsYen) {
}
