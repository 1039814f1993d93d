package jp.skilldev.subsidy;

import java.time.LocalDate;

/** 年度: the fiscal year runs 1 April – 31 March and is named by the year it starts in (RULES §0). */
public final class FiscalYears {

    private FiscalYears() {
    }

    public static int of(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }
}
