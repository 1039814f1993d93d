package jp.skilldev.subsidy;

/** 企業規模 — company size, decided at plan filing and frozen (seed 002 *1). */
public enum CompanySize {
    /** 中小企業 — small or medium-sized enterprise. */
    SME,
    /** 中小企業以外（大企業） — large company. */
    LARGE
}
