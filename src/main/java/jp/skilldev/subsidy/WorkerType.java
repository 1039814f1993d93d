package jp.skilldev.subsidy;

/** The trainee's employment, which selects the rate row (seed 003 人材育成支援コース). */
public enum WorkerType {
    /** 雇用保険被保険者 — insured worker. */
    INSURED,
    /** 有期契約労働者等 — fixed-term or other non-regular worker. */
    FIXED_TERM,
    /** 有期契約労働者等を正規雇用労働者等へ転換 — fixed-term worker converted to regular employment. */
    FIXED_TERM_TO_REGULAR
}
