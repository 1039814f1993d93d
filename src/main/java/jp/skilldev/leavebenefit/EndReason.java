package jp.skilldev.leavebenefit;

/** Why the benefit of an eligible case ended. */
public enum EndReason {
    DAYS_USED_UP,
    LEAVE_ENDED,
    RETURNED_TO_WORK
}
