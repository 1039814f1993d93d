package jp.skilldev.subsidy;

/** 業種 — the industry that decides which SME limits apply (RULES §2, 中小企業の定義). */
public enum Industry {
    /** 小売業（飲食店を含む） — retail, including restaurants. */
    RETAIL,
    /** サービス業 — services. */
    SERVICES,
    /** 卸売業 — wholesale. */
    WHOLESALE,
    /** その他の業種 — any other industry. */
    OTHER
}
