package jp.skilldev.ruledata;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A rule table whose every version has been converted to {@code T} when the application starts, so
 * that a malformed version stops the start-up instead of a claim on the day it is first used.
 */
public final class TypedRuleTable<T> {

    private final RuleTable table;
    private final Map<LocalDate, T> valuesByEffectiveFrom = new LinkedHashMap<>();

    TypedRuleTable(RuleTable table, Class<T> type, ObjectMapper mapper) {
        this.table = table;
        for (RuleVersion version : table.versions()) {
            try {
                valuesByEffectiveFrom.put(version.effectiveFrom(), mapper.treeToValue(version.values(), type));
            } catch (Exception e) {
                throw new RuleDataException("rule table '" + table.name() + "', version " + version.effectiveFrom()
                        + ", does not fit " + type.getSimpleName() + ": " + rootMessage(e), e);
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    public Effective<T> on(LocalDate date) {
        RuleVersion version = table.versionOn(date);
        return new Effective<>(valuesByEffectiveFrom.get(version.effectiveFrom()), table.name(),
                version.effectiveFrom(), version.effectiveUntil(), version.source());
    }

    public String name() {
        return table.name();
    }
}
