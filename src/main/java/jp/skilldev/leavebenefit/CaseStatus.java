package jp.skilldev.leavebenefit;

/** Where a leave-benefit case stands, as the employer and the worker see it. */
public enum CaseStatus {
    AWAITING_WAGE_CERTIFICATE,
    AWAITING_INITIAL_APPLICATION,
    AWAITING_DECISION,
    RECEIVING,
    NOT_ELIGIBLE,
    CLOSED,
    ENDED
}
