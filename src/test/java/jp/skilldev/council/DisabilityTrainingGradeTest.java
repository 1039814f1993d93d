package jp.skilldev.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import jp.skilldev.council.DisabilityTrainingGrade.PdcaEvaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RULES §4 PDCA grade, every cell and every edge, with the rule data the application ships. */
class DisabilityTrainingGradeTest {

    private static final DisabilityTrainingPdca PDCA = new DisabilityTrainingPdca(CouncilRuleData.ruleBook());
    private static final FiscalYear FY2024 = new FiscalYear(2024);

    private static PdcaEvaluation grade(long planned, long trained, String employmentPercent) {
        return PDCA.evaluate(FY2024, planned, trained, Ratio.percent(new BigDecimal(employmentPercent)), null);
    }

    /** 40 of 50 trained is exactly 80% (high); 39 of 50 is 78% (low). */
    @ParameterizedTest(name = "trained {0}/50, employment {1}% → {2}")
    @CsvSource({
            "40, 100,  A+", "40, 60,   A+", "40, 59.9, A",  "40, 55,   A",
            "40, 54.9, C",  "40, 40,   C",  "40, 39.9, C-", "40, 0,    C-",
            "39, 100,  B+", "39, 60,   B+", "39, 59.9, B",  "39, 55,   B",
            "39, 54.9, D",  "39, 40,   D",  "39, 39.9, D-", "39, 0,    D-",
            "0,  60,   B+", "0,  0,    D-", "60, 30,   C-", "60, 70,   A+"})
    void everyCellAndEdgeGetsItsGrade(long trained, String employmentPercent, String expected) {
        assertThat(grade(50, trained, employmentPercent).grade().label()).isEqualTo(expected);
    }

    @Test
    void executionOfExactlyEightyPercentIsHigh() {
        PdcaEvaluation atEdge = grade(100, 80, "55");
        assertThat(atEdge.executionHigh()).isTrue();
        assertThat(atEdge.executionRatePercent()).isEqualByComparingTo("80.0");
        assertThat(grade(100, 79, "55").executionHigh()).isFalse();
    }

    @Test
    void executionEdgeIsExactWhenEightyPercentOfThePlanIsNotAWholeNumber() {
        // 80% of 66 is 52.8: 53 trained is 80.3% (high), 52 trained is 78.8% (low).
        assertThat(grade(66, 53, "55").grade()).isEqualTo(PdcaGrade.A);
        assertThat(grade(66, 52, "55").grade()).isEqualTo(PdcaGrade.B);
    }

    @Test
    void gradeUsesTheExactRatioEvenWhenTheDisplayRoundsUpToEighty() {
        PdcaEvaluation justBelow = grade(10_000, 7_999, "55");
        assertThat(justBelow.executionRatePercent()).isEqualByComparingTo("80.0");
        assertThat(justBelow.grade()).isEqualTo(PdcaGrade.B);
    }

    @Test
    void employmentOfExactlyFiftyFivePercentAsACountAchievesTheTarget() {
        PdcaEvaluation elevenOfTwenty = PDCA.evaluate(FY2024, 50, 45, Ratio.of(11, 20), null);
        assertThat(elevenOfTwenty.employmentTargetAchieved()).isTrue();
        assertThat(elevenOfTwenty.grade()).isEqualTo(PdcaGrade.A);
        assertThat(PDCA.evaluate(FY2024, 50, 45, Ratio.of(8, 20), null).grade()).isEqualTo(PdcaGrade.C);
        assertThat(PDCA.evaluate(FY2024, 50, 45, Ratio.of(12, 20), null).grade()).isEqualTo(PdcaGrade.A_PLUS);
    }

    @ParameterizedTest(name = "{0}: plan {1}%, improvement plan {2}")
    @CsvSource({
            "40, 60,   A+, 8,   false", "40, 55,   A,  0,   false",
            "39, 60,   B+, -3,  false", "39, 55,   B,  -5,  false",
            "40, 50,   C,  -4,  true",  "40, 30,   C-, -10, true",
            "39, 50,   D,  -7,  true",  "39, 30,   D-, -10, true"})
    void everyGradeCarriesItsPlanChangeAndImprovementDuty(long trained, String employment, String grade,
                                                           String planChange, boolean improvementPlan) {
        PdcaEvaluation evaluation = grade(50, trained, employment);
        assertThat(evaluation.grade().label()).isEqualTo(grade);
        assertThat(evaluation.nextPlanChangePercent()).isEqualByComparingTo(planChange);
        assertThat(evaluation.improvementPlanRequired()).isEqualTo(improvementPlan);
    }

    @ParameterizedTest(name = "previous {0}, this year {1}% employment (exec high) → hearing {2}")
    @CsvSource({
            "C-, 30, true", "D-, 30, true", "C-, 50, false", "C, 30, false",
            "D, 30, false", "A+, 30, false", "'', 30, false"})
    void twoMinusGradesInConsecutiveYearsTriggerAMinistryHearing(String previous, String employment, boolean hearing) {
        PdcaGrade previousGrade = PdcaGrade.ofLabel(previous).orElse(null);
        PdcaEvaluation evaluation = PDCA.evaluate(FY2024, 50, 40, Ratio.percent(new BigDecimal(employment)), previousGrade);
        assertThat(evaluation.ministryHearing()).isEqualTo(hearing);
    }

    @Test
    void lowExecutionMinusAfterAMinusAlsoTriggersTheHearing() {
        assertThat(PDCA.evaluate(FY2024, 50, 10, Ratio.percent(BigDecimal.TEN), PdcaGrade.C_MINUS).ministryHearing()).isTrue();
    }

    /** Seed 001 資料4-2 (lines 1165–1190): 令和4年度 41 planned, 25 trained, 45.0% → D, 原則７％減. */
    @Test
    void seedFiscal2022ResultsGradeDWithSevenPercentFewerPlaces() {
        PdcaEvaluation fy2022 = PDCA.evaluate(new FiscalYear(2022), 41, 25, Ratio.percent(new BigDecimal("45.0")), null);
        assertThat(fy2022.executionRatePercent()).isEqualByComparingTo("61.0");
        assertThat(fy2022.grade()).isEqualTo(PdcaGrade.D);
        assertThat(fy2022.nextPlanChangePercent()).isEqualByComparingTo("-7");
        assertThat(fy2022.improvementPlanRequired()).isTrue();
    }

    /** Seed 001 資料4-2 (lines 1187–1200): 令和5年度 66 planned, 21 trained, 14 of 19 employed (73.7%) → B+, 原則３％減. */
    @Test
    void seedFiscal2023ResultsGradeBPlusWithThreePercentFewerPlaces() {
        PdcaEvaluation fy2023 = PDCA.evaluate(new FiscalYear(2023), 66, 21, Ratio.of(14, 19), PdcaGrade.D);
        assertThat(fy2023.executionRatePercent()).isEqualByComparingTo("31.8");
        assertThat(Ratio.of(14, 19).percentRounded(1)).isEqualByComparingTo("73.7");
        assertThat(fy2023.grade()).isEqualTo(PdcaGrade.B_PLUS);
        assertThat(fy2023.nextPlanChangePercent()).isEqualByComparingTo("-3");
        assertThat(fy2023.improvementPlanRequired()).isFalse();
        assertThat(fy2023.ministryHearing()).isFalse();
    }

    @Test
    void yearsBeforeTheRulesTookEffectAreRefused() {
        assertThatThrownBy(() -> PDCA.rulesFor(new FiscalYear(2021))).isInstanceOf(RuntimeException.class);
    }

    @Test
    void gradesAreReadWithTheTypographicMinusToo() {
        assertThat(PdcaGrade.ofLabel("C−")).contains(PdcaGrade.C_MINUS);
        assertThat(PdcaGrade.ofLabel("d-")).contains(PdcaGrade.D_MINUS);
        assertThat(PdcaGrade.ofLabel("E")).isEmpty();
    }

    @Test
    void aPlanOfZeroCannotBeGraded() {
        assertThatThrownBy(() -> grade(0, 0, "55")).isInstanceOf(IllegalArgumentException.class);
    }
}
