package jp.skilldev.ruledata;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;

/**
 * One version of a rule table: the values in force from {@code effectiveFrom} up to and including
 * {@code effectiveUntil}, which is null for the version in force until further notice.
 */
public record RuleVersion(LocalDate effectiveFrom, LocalDate effectiveUntil, String source, JsonNode values) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveUntil == null || !date.isAfter(effectiveUntil));
    }
}
