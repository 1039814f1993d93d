package jp.skilldev.council;

import java.time.LocalDate;

/** A fiscal year (年度), 1 April – 31 March; FY2025 (令和7年度) starts on 2025-04-01 (RULES §0). */
public record FiscalYear(int year) {

    public static FiscalYear containing(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate start() {
        return LocalDate.of(year, 4, 1);
    }

    public LocalDate end() {
        return LocalDate.of(year + 1, 3, 31);
    }

    public FiscalYear previous() {
        return new FiscalYear(year - 1);
    }

    public FiscalYear next() {
        return new FiscalYear(year + 1);
    }

    /** 令和 numbering, for Japanese headings: FY2024 → 令和6年度. */
    public String japanese() {
        if (year == 2019) {
            return "令和元年度";
        }
        return year > 2019 ? "令和" + (year - 2018) + "年度" : "平成" + (year - 1988) + "年度";
    }
}
