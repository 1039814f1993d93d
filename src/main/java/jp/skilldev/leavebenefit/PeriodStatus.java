package jp.skilldev.leavebenefit;

/** Where a closed certification period stands. */
public enum PeriodStatus {
    AWAITING_DECLARATION,
    DECLARED,
    PAID,
    /** The declaration was not filed in time even after the reminder. */
    UNPAID_NO_DECLARATION,
    /** The officer did not certify the period. */
    NOT_CERTIFIED
}
