package jp.skilldev.leavebenefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.skilldev.leavebenefit.DailyAmount.RateBand;
import jp.skilldev.ruledata.Effective;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RULES §3 basic-allowance formula, at every band edge and limit of each age band (rule data from 2025-08-01). */
class DailyAmountTest {

    private static DailyAmount forWageDaily(int age, long wageDaily) {
        return DailyAmount.calculate(LeaveRuleData.basicAllowance(), age, wageDaily * 180);
    }

    @Test
    void leafletExampleMonthlyPay350000GivesAbout195000Per30Days() {
        DailyAmount amount = DailyAmount.calculate(LeaveRuleData.basicAllowance(), 35, 350_000L * 6);

        assertThat(amount.wageDailyAmountYen()).isEqualTo(11_666);
        assertThat(amount.dailyAmountYen()).isEqualTo(6_494);
        assertThat(amount.dailyAmountYen() * 30).isEqualTo(194_820).isCloseTo(195_000L, within(1_000L));
    }

    @Test
    void wageDailyAmountIsSixMonthsWagesDividedBy180Truncated() {
        DailyAmount amount = DailyAmount.calculate(LeaveRuleData.basicAllowance(), 40, 5_340L * 180 + 179);

        assertThat(amount.wageDailyAmountRawYen()).isEqualTo(5_340);
        assertThat(amount.rateBand()).isEqualTo(RateBand.TAPER);
    }

    @ParameterizedTest(name = "age {0}, wage daily {1} → wage daily {2}, daily {3} ({4})")
    @CsvSource({
            // wage daily lower limit 3,014, for every band; 80% of 3,014 = 2,411.2 → 2,411, the daily lower limit
            "25, 0, 3014, 2411, FULL_RATE",
            "25, 3013, 3014, 2411, FULL_RATE",
            "25, 3014, 3014, 2411, FULL_RATE",
            "25, 3015, 3015, 2412, FULL_RATE",
            "62, 3013, 3014, 2411, FULL_RATE",
            // under 60: 80% below 5,340, taper from 5,340 to 13,140, 50% above
            "25, 5339, 5339, 4271, FULL_RATE",
            "25, 5340, 5340, 4272, TAPER",
            "25, 11666, 11666, 6494, TAPER",
            "25, 13140, 13140, 6570, TAPER",
            "25, 13141, 13141, 6570, TOP_RATE",
            "40, 5339, 5339, 4271, FULL_RATE",
            "40, 5340, 5340, 4272, TAPER",
            "40, 9000, 9000, 5933, TAPER",
            "40, 13140, 13140, 6570, TAPER",
            "40, 13141, 13141, 6570, TOP_RATE",
            "50, 5339, 5339, 4271, FULL_RATE",
            "50, 13140, 13140, 6570, TAPER",
            "50, 13141, 13141, 6570, TOP_RATE",
            // under 30: wage daily upper limit 14,510 → daily upper limit 7,255
            "29, 14509, 14509, 7254, TOP_RATE",
            "29, 14510, 14510, 7255, TOP_RATE",
            "29, 14511, 14510, 7255, TOP_RATE",
            // 30–44: 16,110 → 8,055
            "30, 14511, 14511, 7255, TOP_RATE",
            "44, 16109, 16109, 8054, TOP_RATE",
            "44, 16110, 16110, 8055, TOP_RATE",
            "44, 16111, 16110, 8055, TOP_RATE",
            // 45–59: 17,740 → 8,870
            "45, 16111, 16111, 8055, TOP_RATE",
            "59, 17739, 17739, 8869, TOP_RATE",
            "59, 17740, 17740, 8870, TOP_RATE",
            "59, 17741, 17740, 8870, TOP_RATE",
            // 60–64: 80% below 5,340; the lower of the taper and 0.05w + 4,720 up to 11,800; 45% above
            "60, 5339, 5339, 4271, FULL_RATE",
            "60, 5340, 5340, 4272, TAPER",
            "60, 7382, 7382, 5088, TAPER",
            "60, 7383, 7383, 5089, LOWER_OF",
            "64, 11799, 11799, 5309, LOWER_OF",
            "64, 11800, 11800, 5310, TAPER",
            "64, 11801, 11801, 5310, TOP_RATE",
            // 60–64: wage daily upper limit 16,940 → daily upper limit 7,623
            "64, 16939, 16939, 7622, TOP_RATE",
            "64, 16940, 16940, 7623, TOP_RATE",
            "64, 16941, 16940, 7623, TOP_RATE",
    })
    void dailyAmountFollowsTheAgeBandsScheduleAndLimits(int age, long wageDaily, long expectedWageDaily,
                                                         long expectedDaily, RateBand expectedBand) {
        DailyAmount amount = forWageDaily(age, wageDaily);

        assertThat(amount.wageDailyAmountYen()).isEqualTo(expectedWageDaily);
        assertThat(amount.dailyAmountYen()).isEqualTo(expectedDaily);
        assertThat(amount.rateBand()).isEqualTo(expectedBand);
    }

    @ParameterizedTest(name = "age {0} is in band {1}")
    @CsvSource({"0, under-30", "29, under-30", "30, 30-to-44", "44, 30-to-44", "45, 45-to-59", "59, 45-to-59",
            "60, 60-to-64", "64, 60-to-64"})
    void ageBandsChangeOnTheirFirstAge(int age, String band) {
        assertThat(forWageDaily(age, 20_000).ageBand()).isEqualTo(band);
    }

    @Test
    void noDailyAmountFromAge65() {
        assertThatThrownBy(() -> forWageDaily(65, 10_000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("age 65");
    }

    @Test
    void negativeWagesAreRefused() {
        assertThatThrownBy(() -> DailyAmount.calculate(LeaveRuleData.basicAllowance(), 40, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAmountCitesTheRuleTableVersion() {
        assertThat(forWageDaily(40, 10_000).ruleCitation()).isEqualTo("leave-basic-allowance (2025-08-01–)");
    }

    /** With the 2025 data the daily limits equal the formula at the wage limits; a later revision may make them bind. */
    @Test
    void dailyLimitsBindWhenTheyAreTighterThanTheFormula() {
        BasicAllowanceRules tight = new BasicAllowanceRules(180, 3_000, 2_500,
                Map.of("flat", new BasicAllowanceRules.RateSchedule(new BigDecimal("0.8"), 5_000, 10_000,
                        new BigDecimal("0.3"), new BigDecimal("0.5"), List.of())),
                List.of(new BasicAllowanceRules.AgeBand("all", 0, 64, 20_000, 6_000, "flat")));
        Effective<BasicAllowanceRules> rules = new Effective<>(tight, "test", LocalDate.of(2025, 8, 1), null, "test");

        assertThat(DailyAmount.calculate(rules, 40, 3_000L * 180).dailyAmountYen()).isEqualTo(2_500);
        assertThat(DailyAmount.calculate(rules, 40, 3_125L * 180).dailyAmountYen()).isEqualTo(2_500);
        assertThat(DailyAmount.calculate(rules, 40, 3_126L * 180).dailyAmountYen()).isEqualTo(2_500);
        assertThat(DailyAmount.calculate(rules, 40, 3_127L * 180).dailyAmountYen()).isEqualTo(2_501);
        assertThat(DailyAmount.calculate(rules, 40, 11_999L * 180).dailyAmountYen()).isEqualTo(5_999);
        assertThat(DailyAmount.calculate(rules, 40, 12_000L * 180).dailyAmountYen()).isEqualTo(6_000);
        assertThat(DailyAmount.calculate(rules, 40, 12_002L * 180).dailyAmountYen()).isEqualTo(6_000);
    }
}
