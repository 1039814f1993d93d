package jp.skilldev.ruledata;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every effective-dated rule table of the application, read from YAML files that a bureau analyst
 * can review ({@code src/main/resources/ruledata/tables/*.yaml}). Each file holds one table:
 * <pre>
 * table: deadline-periods
 * description: …
 * versions:
 *   - effectiveFrom: 1980-01-01
 *     effectiveUntil:            # optional; open means "until the next version"
 *     source: RULES.md §2 …
 *     values: { … }
 * </pre>
 */
public final class RuleBook {

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final ObjectMapper VALUES = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();

    private final Map<String, RuleTable> tables = new TreeMap<>();

    public RuleBook(Collection<RuleTable> tables) {
        for (RuleTable table : tables) {
            if (this.tables.putIfAbsent(table.name(), table) != null) {
                throw new RuleDataException("rule table '" + table.name() + "' is defined twice");
            }
        }
    }

    public static RuleTable read(String origin, InputStream yaml) {
        try {
            JsonNode root = YAML.readTree(yaml);
            if (root == null || !root.hasNonNull("table") || !root.has("versions")) {
                throw new RuleDataException(origin + ": a rule table needs 'table' and 'versions'");
            }
            List<RuleVersion> versions = new ArrayList<>();
            for (JsonNode node : root.get("versions")) {
                versions.add(new RuleVersion(
                        date(origin, node, "effectiveFrom"),
                        date(origin, node, "effectiveUntil"),
                        node.path("source").asText(root.path("source").asText(null)),
                        node.get("values")));
            }
            return new RuleTable(root.get("table").asText(), root.path("description").asText(""), versions);
        } catch (IOException e) {
            throw new RuleDataException(origin + ": not readable YAML: " + e.getMessage(), e);
        }
    }

    private static LocalDate date(String origin, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.asText());
        } catch (RuntimeException e) {
            throw new RuleDataException(origin + ": " + field + " '" + value.asText() + "' is not a date (YYYY-MM-DD)", e);
        }
    }

    public RuleTable table(String name) {
        RuleTable table = tables.get(name);
        if (table == null) {
            throw new RuleDataException("no rule table named '" + name + "'");
        }
        return table;
    }

    /** The table bound to a value type; every version is converted now, so bad data fails at start-up. */
    public <T> TypedRuleTable<T> typed(String name, Class<T> type) {
        return new TypedRuleTable<>(table(name), type, VALUES);
    }

    public Collection<RuleTable> tables() {
        return tables.values();
    }
}
