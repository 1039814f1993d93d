package jp.skilldev.designation.process;

/** The reviewer's decision (審査結果), the process variable {@code decision}. */
enum ReviewDecision {
    /** 指定 — designate. */
    APPROVE,
    /** 不指定 — reject, with reasons. */
    REJECT,
    /** 補正依頼 — request a correction. */
    REQUEST_CORRECTION;

    static ReviewDecision parse(String value) {
        for (ReviewDecision decision : values()) {
            if (decision.name().equals(value)) {
                return decision;
            }
        }
        return null;
    }
}
