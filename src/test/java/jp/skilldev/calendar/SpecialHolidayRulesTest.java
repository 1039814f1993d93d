package jp.skilldev.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecialHolidayRulesTest {

    private static InputStream yaml(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void defaultRuleDataListsEverySpecialLawDayWithItsSource() {
        SpecialHolidayRules rules = SpecialHolidayRules.fromClasspath(JapaneseHolidays.DEFAULT_RULE_DATA);

        assertEquals(List.of(LocalDate.of(1989, 2, 24), LocalDate.of(1990, 11, 12), LocalDate.of(1993, 6, 9),
                        LocalDate.of(2019, 5, 1), LocalDate.of(2019, 10, 22)),
                rules.additions().stream().map(SpecialHoliday::date).toList());
        assertEquals(List.of("2020-07-20>2020-07-23", "2020-10-12>2020-07-24", "2020-08-11>2020-08-10",
                        "2021-07-19>2021-07-22", "2021-10-11>2021-07-23", "2021-08-11>2021-08-08"),
                rules.moves().stream().map(m -> m.regularDate() + ">" + m.movedDate()).toList());
        assertTrue(rules.additions().stream().noneMatch(a -> a.source().isBlank() || a.nameEn().isBlank()));
        assertTrue(rules.moves().stream().noneMatch(m -> m.source().isBlank() || m.nameEn().isBlank()));
    }

    @Test
    void readsDatesAndNamesFromYaml() {
        SpecialHolidayRules rules = SpecialHolidayRules.read(yaml("""
                additions:
                  - date: 2030-06-10
                    nameJa: テストの日
                    nameEn: Test Day
                    source: テスト法
                """));

        assertEquals(List.of(new SpecialHoliday(LocalDate.of(2030, 6, 10), "テストの日", "Test Day", "テスト法")),
                rules.additions());
        assertTrue(rules.moves().isEmpty());
    }

    @Test
    void misspeltKeyIsRejectedRatherThanIgnored() {
        assertThrows(UncheckedIOException.class, () -> SpecialHolidayRules.read(yaml("""
                additions:
                  - date: 2030-06-10
                    nameJA: テストの日
                    nameEn: Test Day
                    source: テスト法
                """)));
    }

    @Test
    void entryWithoutSourceIsRejected() {
        assertThrows(UncheckedIOException.class, () -> SpecialHolidayRules.read(yaml("""
                additions:
                  - date: 2030-06-10
                    nameJa: テストの日
                    nameEn: Test Day
                """)));
    }

    @Test
    void missingResourceIsReported() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SpecialHolidayRules.fromClasspath("ruledata/no-such-file.yaml"));
        assertTrue(e.getMessage().contains("ruledata/no-such-file.yaml"));
    }

    @Test
    void moveAcrossYearsIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new HolidayMove("海の日", "Marine Day",
                LocalDate.of(2020, 7, 20), LocalDate.of(2021, 7, 20), "law"));
    }

    @Test
    void noneHasNoDays() {
        assertTrue(SpecialHolidayRules.none().additions().isEmpty());
        assertFalse(SpecialHolidayRules.none().moves().iterator().hasNext());
    }
}
