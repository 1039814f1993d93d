package jp.skilldev.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmeClassificationTest {

    private static final LocalDate FILED = LocalDate.of(2025, 6, 2);
    private static final long HUGE_CAPITAL = 10_000_000_000L;

    private final SmeClassification classification = new SmeClassification(SubsidyRuleData.RULE_BOOK);

    @ParameterizedTest(name = "{0} with {1} regular employees and capital above the limit is {2}")
    @CsvSource({
            "RETAIL, 50, SME", "RETAIL, 51, LARGE",
            "SERVICES, 100, SME", "SERVICES, 101, LARGE",
            "WHOLESALE, 100, SME", "WHOLESALE, 101, LARGE",
            "OTHER, 300, SME", "OTHER, 301, LARGE"})
    void employeeLimitOfEachIndustryDecidesWhenCapitalIsAbove(Industry industry, int employees, CompanySize size) {
        assertThat(classification.classify(industry, HUGE_CAPITAL, employees, FILED).size()).isEqualTo(size);
    }

    @ParameterizedTest(name = "{0} with capital {1} yen and many employees is {2}")
    @CsvSource({
            "RETAIL, 50000000, SME", "RETAIL, 50000001, LARGE",
            "SERVICES, 50000000, SME", "SERVICES, 50000001, LARGE",
            "WHOLESALE, 100000000, SME", "WHOLESALE, 100000001, LARGE",
            "OTHER, 300000000, SME", "OTHER, 300000001, LARGE"})
    void capitalLimitOfEachIndustryDecidesWhenEmployeesAreAbove(Industry industry, long capital, CompanySize size) {
        assertThat(classification.classify(industry, capital, 10_000, FILED).size()).isEqualTo(size);
    }

    @Test
    void eitherLimitIsEnoughForAnSme() {
        assertThat(classification.classify(Industry.RETAIL, 1, 10_000, FILED).sme()).isTrue();
        assertThat(classification.classify(Industry.RETAIL, HUGE_CAPITAL, 1, FILED).sme()).isTrue();
    }

    @Test
    void decisionExplainsBothFiguresAndCitesTheRuleData() {
        SmeDecision decision = classification.classify(Industry.SERVICES, 50_000_001, 101, FILED);

        assertThat(decision.sme()).isFalse();
        assertThat(decision.basis()).contains("capital 50000001 yen > 50000000", "regular employees 101 > 100");
        assertThat(decision.citation()).startsWith("subsidy-sme-limits (");
    }
}
