package jp.skilldev.ruledata;

import java.time.LocalDate;

/**
 * A rule value together with where it comes from, so that every computed amount or date can say
 * which table and which version it used.
 */
public record Effective<T>(T value, String table, LocalDate effectiveFrom, LocalDate effectiveUntil, String source) {

    /** "deadline-periods (effective 1980-01-01–)" style citation for explanations. */
    public String citation() {
        return table + " (" + effectiveFrom + "–" + (effectiveUntil == null ? "" : effectiveUntil.toString()) + ")";
    }
}
