package jp.skilldev.designation;

import java.util.Set;

/** Where a designation application (指定申請) stands. */
public enum DesignationStatus {
    /** 受付 — filed in a window, checks not yet run. */
    SUBMITTED,
    /** 審査中 — in review. */
    IN_REVIEW,
    /** 補正依頼中 — waiting for the provider's correction. */
    CORRECTION_REQUESTED,
    /** 指定 — designated. */
    APPROVED,
    /** 不指定 — rejected, with reasons. */
    REJECTED,
    /** 失効（補正期限切れ） — the correction was not answered in time. */
    LAPSED,
    /** 取下げ — withdrawn by the provider. */
    WITHDRAWN,
    /** 指定期間満了 — the designation term ended without renewal. */
    EXPIRED,
    /** 指定更新 — the term ended and a renewal designation took over. */
    RENEWED;

    public static final Set<DesignationStatus> OPEN = Set.of(SUBMITTED, IN_REVIEW, CORRECTION_REQUESTED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
