package jp.skilldev.subsidy;

/** The kinds of training of the 人材育成支援コース (seed 003). */
public enum TrainingKind {
    /** 人材育成訓練 — human resource development training (Off-JT). */
    HUMAN_RESOURCE_DEVELOPMENT,
    /** 認定実習併用職業訓練 — certified work-study training (OJT + Off-JT). */
    CERTIFIED_WORK_STUDY,
    /** 有期実習型訓練 — fixed-term work-study training aiming at regular employment. */
    FIXED_TERM_WORK_STUDY
}
