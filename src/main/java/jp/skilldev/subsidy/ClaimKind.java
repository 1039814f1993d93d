package jp.skilldev.subsidy;

/** The two claims of a plan. */
public enum ClaimKind {
    /** 支給申請 — the payment claim after training. */
    PAYMENT,
    /** 賃金要件等の割増分の支給申請 — the wage-requirement premium claim. */
    PREMIUM
}
