package jp.skilldev.leavebenefit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BenefitDaysTest {

    @ParameterizedTest(name = "{0} years of enrolment → {1} days")
    @CsvSource({"5, 90", "9, 90", "10, 120", "19, 120", "20, 150", "40, 150"})
    void benefitDaysGrowWithYearsOfEnrolment(int years, int days) {
        assertThat(LeaveRuleData.benefitDays().daysFor(years)).hasValue(days);
    }

    @ParameterizedTest(name = "{0} years of enrolment → no benefit days")
    @CsvSource({"0", "4"})
    void noBenefitDaysBelowFiveYears(int years) {
        assertThat(LeaveRuleData.benefitDays().daysFor(years)).isEmpty();
    }
}
