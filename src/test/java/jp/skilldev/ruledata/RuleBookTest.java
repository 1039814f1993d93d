package jp.skilldev.ruledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleBookTest {

    record Rate(int percent) {
    }

    private static RuleTable table(String yaml) {
        return RuleBook.read("test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String TWO_VERSIONS = """
            table: rates
            versions:
              - effectiveFrom: 2024-04-01
                source: old guide
                values: { percent: 45 }
              - effectiveFrom: 2025-04-01
                source: new guide
                values: { percent: 50 }
            """;

    @Test
    void versionChangesOnItsEffectiveDayNotTheDayBefore() {
        TypedRuleTable<Rate> rates = new RuleBook(List.of(table(TWO_VERSIONS))).typed("rates", Rate.class);

        assertThat(rates.on(LocalDate.of(2025, 3, 31)).value().percent()).isEqualTo(45);
        assertThat(rates.on(LocalDate.of(2025, 4, 1)).value().percent()).isEqualTo(50);
        assertThat(rates.on(LocalDate.of(2025, 4, 2)).value().percent()).isEqualTo(50);
    }

    @Test
    void lookupSaysWhichVersionAppliedAndUntilWhen() {
        Effective<Rate> rate = new RuleBook(List.of(table(TWO_VERSIONS))).typed("rates", Rate.class)
                .on(LocalDate.of(2024, 12, 1));

        assertThat(rate.effectiveFrom()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(rate.effectiveUntil()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(rate.source()).isEqualTo("old guide");
        assertThat(rate.citation()).isEqualTo("rates (2024-04-01–2025-03-31)");
    }

    @Test
    void dateBeforeTheFirstVersionHasNoRule() {
        RuleTable rates = table(TWO_VERSIONS);

        assertThatThrownBy(() -> rates.versionOn(LocalDate.of(2024, 3, 31)))
                .isInstanceOf(RuleDataException.class).hasMessageContaining("2024-03-31");
    }

    @Test
    void dateAfterAClosedLastVersionHasNoRule() {
        RuleTable rates = table("""
                table: rates
                versions:
                  - effectiveFrom: 2024-04-01
                    effectiveUntil: 2025-03-31
                    values: { percent: 45 }
                """);

        assertThat(rates.versionOn(LocalDate.of(2025, 3, 31))).isNotNull();
        assertThatThrownBy(() -> rates.versionOn(LocalDate.of(2025, 4, 1))).isInstanceOf(RuleDataException.class);
    }

    @Test
    void overlappingVersionsAreRefused() {
        assertThatThrownBy(() -> table("""
                table: rates
                versions:
                  - effectiveFrom: 2024-04-01
                    effectiveUntil: 2025-04-01
                    values: { percent: 45 }
                  - effectiveFrom: 2025-04-01
                    values: { percent: 50 }
                """)).isInstanceOf(RuleDataException.class).hasMessageContaining("overlaps");
    }

    @Test
    void gapBetweenVersionsIsRefused() {
        assertThatThrownBy(() -> table("""
                table: rates
                versions:
                  - effectiveFrom: 2024-04-01
                    effectiveUntil: 2025-03-30
                    values: { percent: 45 }
                  - effectiveFrom: 2025-04-01
                    values: { percent: 50 }
                """)).isInstanceOf(RuleDataException.class).hasMessageContaining("gap");
    }

    @Test
    void twoVersionsOnOneDayAreRefused() {
        assertThatThrownBy(() -> table("""
                table: rates
                versions:
                  - effectiveFrom: 2025-04-01
                    values: { percent: 45 }
                  - effectiveFrom: 2025-04-01
                    values: { percent: 50 }
                """)).isInstanceOf(RuleDataException.class).hasMessageContaining("2025-04-01");
    }

    @Test
    void malformedDateIsRefusedWithItsField() {
        assertThatThrownBy(() -> table("""
                table: rates
                versions:
                  - effectiveFrom: 2025-13-01
                    values: { percent: 45 }
                """)).isInstanceOf(RuleDataException.class).hasMessageContaining("effectiveFrom");
    }

    @Test
    void versionThatDoesNotFitItsTypeStopsTheStartUp() {
        RuleBook book = new RuleBook(List.of(table("""
                table: rates
                versions:
                  - effectiveFrom: 2024-04-01
                    values: { percent: 45 }
                  - effectiveFrom: 2025-04-01
                    values: { percentage: 50 }
                """)));

        assertThatThrownBy(() -> book.typed("rates", Rate.class))
                .isInstanceOf(RuleDataException.class).hasMessageContaining("2025-04-01").hasMessageContaining("Rate");
    }

    @Test
    void tableDefinedTwiceIsRefused() {
        assertThatThrownBy(() -> new RuleBook(List.of(table(TWO_VERSIONS), table(TWO_VERSIONS))))
                .isInstanceOf(RuleDataException.class).hasMessageContaining("twice");
    }
}
