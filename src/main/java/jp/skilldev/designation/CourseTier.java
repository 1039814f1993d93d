package jp.skilldev.designation;

/** The benefit tier a course is designated for (教育訓練給付の種類); each tier has its own designation conditions. */
public enum CourseTier {
    /** 一般教育訓練 — general. */
    GENERAL,
    /** 特定一般教育訓練 — specific general. */
    SPECIFIC_GENERAL,
    /** 専門実践教育訓練 — specialised practical. */
    SPECIALIZED_PRACTICAL
}
