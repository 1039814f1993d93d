package jp.skilldev.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Holidays created or moved by special laws, kept as rule data rather than code because they
 * follow no rule and new ones appear by statute.
 *
 * <p>The classpath resource {@value JapaneseHolidays#DEFAULT_RULE_DATA} has this shape:
 * <pre>
 * additions:
 *   - {date: 2019-05-01, nameJa: 天皇の即位の日, nameEn: ..., source: ...}
 * moves:
 *   - {nameJa: 海の日, nameEn: ..., regularDate: 2020-07-20, movedDate: 2020-07-23, source: ...}
 * </pre>
 *
 * @param additions days added by a special law
 * @param moves     regular holidays moved to another date for one year
 */
public record SpecialHolidayRules(List<SpecialHoliday> additions, List<HolidayMove> moves) {

    // Unknown keys fail the load: a misspelt key would otherwise silently drop a holiday.
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public SpecialHolidayRules {
        additions = additions == null ? List.of() : List.copyOf(additions);
        moves = moves == null ? List.of() : List.copyOf(moves);
    }

    /** No special-law days: the National Holidays Act alone. */
    public static SpecialHolidayRules none() {
        return new SpecialHolidayRules(List.of(), List.of());
    }

    /**
     * Reads the rules from a classpath resource.
     *
     * @throws IllegalStateException if the resource does not exist
     * @throws UncheckedIOException  if it cannot be read or parsed
     */
    public static SpecialHolidayRules fromClasspath(String resource) {
        ClassLoader loader = SpecialHolidayRules.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Special-holiday rule data not found on the classpath: "
                        + resource);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read special-holiday rule data " + resource, e);
        }
    }

    /**
     * Reads the rules from YAML.
     *
     * @throws UncheckedIOException if the YAML cannot be parsed into rules
     */
    public static SpecialHolidayRules read(InputStream yaml) {
        try {
            return YAML.readValue(yaml, SpecialHolidayRules.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Invalid special-holiday rule data: " + e.getMessage(), e);
        }
    }
}
