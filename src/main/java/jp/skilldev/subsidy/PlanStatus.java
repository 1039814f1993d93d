package jp.skilldev.subsidy;

/** Where a training plan stands in the lifecycle. */
public enum PlanStatus {
    /** 審査中 — filed, awaiting the plan review. */
    UNDER_REVIEW,
    /** 補正依頼中 — the reviewer asked for a corrected plan. */
    CORRECTION_REQUESTED,
    /** 受理（訓練実施中） — approved; training has not ended yet. */
    APPROVED,
    /** 不受理 — rejected by the reviewer. */
    REJECTED,
    /** 失効 — a correction was requested and not filed before training started. */
    LAPSED,
    /** 取下げ — withdrawn by the employer before training started. */
    WITHDRAWN,
    /** 支給申請受付中 — training ended; the claim window is open. */
    AWAITING_CLAIM,
    /** 支給申請済 — the payment claim is filed and under review. */
    CLAIM_FILED,
    /** 支給決定 — the payment claim was approved and the payment instructed. */
    PAID,
    /** 不支給決定 — the payment claim was rejected. */
    CLAIM_REJECTED,
    /** 申請期限切れ — no claim by the deadline. */
    CLAIM_PERIOD_EXPIRED
}
