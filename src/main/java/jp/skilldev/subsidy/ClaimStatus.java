package jp.skilldev.subsidy;

/** Where a claim stands. */
public enum ClaimStatus {
    /** 申請受付 — filed. */
    FILED,
    /** 算定済 — amount computed, awaiting review. */
    COMPUTED,
    /** 支給決定 — approved. */
    APPROVED,
    /** 不支給決定 — rejected. */
    REJECTED
}
