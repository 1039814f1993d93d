package jp.skilldev.leavebenefit.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import jp.skilldev.support.Http;
import jp.skilldev.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class LeaveBenefitEstimateApiTest extends IntegrationTest {

    private static final String PATH = "/api/public/estimates/leave-benefit";

    private Http.Response estimate(Object body) {
        return http().post(PATH, body);
    }

    @Test
    void anyoneGetsTheLeafletsEstimateWithoutLoggingIn() {
        Http.Response response = estimate(Map.of("age", 35, "wagesSixMonthsYen", 2_100_000, "insuredYears", 12,
                "leaveStart", "2026-04-01"));

        assertThat(response.status()).isEqualTo(200);
        JsonNode json = response.json();
        assertThat(json.get("eligible").asBoolean()).isTrue();
        assertThat(json.get("wageDailyAmountYen").asLong()).isEqualTo(11_666);
        assertThat(json.get("dailyAmountYen").asLong()).isEqualTo(6_494);
        assertThat(json.get("benefitDays").asInt()).isEqualTo(120);
        assertThat(json.get("amountPer30DaysYen").asLong()).isEqualTo(194_820);
        assertThat(json.get("totalAmountYen").asLong()).isEqualTo(6_494L * 120);
        assertThat(json.has("reasons")).isFalse();
    }

    @Test
    void theWageDailyAmountIsShownAfterTheAgeBandsUpperLimit() {
        JsonNode json = estimate(Map.of("age", 29, "wagesSixMonthsYen", 6_000_000, "insuredYears", 20,
                "leaveStart", "2026-04-01")).json();

        assertThat(json.get("wageDailyAmountYen").asLong()).isEqualTo(14_510);
        assertThat(json.get("dailyAmountYen").asLong()).isEqualTo(7_255);
        assertThat(json.get("benefitDays").asInt()).isEqualTo(150);
        assertThat(json.get("totalAmountYen").asLong()).isEqualTo(7_255L * 150);
    }

    @Test
    void fourYearsOfEnrolmentAreNotEligibleAndTheReasonIsNamed() {
        Http.Response response = estimate(Map.of("age", 35, "wagesSixMonthsYen", 2_100_000, "insuredYears", 4,
                "leaveStart", "2026-04-01"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("eligible").asBoolean()).isFalse();
        assertThat(response.text("/reasons/0/condition")).isEqualTo("ENROLMENT_YEARS");
        assertThat(response.json().get("reasons")).hasSize(1);
        assertThat(response.json().has("dailyAmountYen")).isFalse();
    }

    @Test
    void fiveYearsOfEnrolmentAreEligibleFor90Days() {
        JsonNode json = estimate(Map.of("age", 35, "wagesSixMonthsYen", 2_100_000, "insuredYears", 5,
                "leaveStart", "2026-04-01")).json();

        assertThat(json.get("eligible").asBoolean()).isTrue();
        assertThat(json.get("benefitDays").asInt()).isEqualTo(90);
    }

    @Test
    void aWorkerAged65IsNotAGeneralInsuredPerson() {
        Http.Response response = estimate(Map.of("age", 65, "wagesSixMonthsYen", 2_100_000, "insuredYears", 30,
                "leaveStart", "2026-04-01"));

        assertThat(response.json().get("eligible").asBoolean()).isFalse();
        assertThat(response.text("/reasons/0/condition")).isEqualTo("GENERAL_INSURED_PERSON");
    }

    @Test
    void missingAndNegativeFieldsAreNamed() {
        Http.Response response = estimate(Map.of("age", 35, "wagesSixMonthsYen", -1));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("wagesSixMonthsYen", "insuredYears", "leaveStart");
    }

    @Test
    void aMalformedDateIsNamed() {
        Http.Response response = http().post(PATH,
                "{\"age\":35,\"wagesSixMonthsYen\":2100000,\"insuredYears\":10,\"leaveStart\":\"2026-13-01\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/errors/0/field")).isEqualTo("leaveStart");
    }

    @Test
    void aLeaveStartingBeforeTheBenefitExistedIsRefused() {
        Http.Response before = estimate(Map.of("age", 35, "wagesSixMonthsYen", 2_100_000, "insuredYears", 10,
                "leaveStart", "2025-09-30"));
        Http.Response first = estimate(Map.of("age", 35, "wagesSixMonthsYen", 2_100_000, "insuredYears", 10,
                "leaveStart", "2025-10-01"));

        assertThat(before.status()).isEqualTo(400);
        assertThat(before.text("/errors/0/field")).isEqualTo("leaveStart");
        assertThat(before.text("/errors/0/rule")).isEqualTo("benefit-not-in-force");
        assertThat(first.status()).isEqualTo(200);
    }

    @Test
    void aDateOutsideTheCalendarIsRefused() {
        Http.Response response = estimate(Map.of("age", 35, "wagesSixMonthsYen", 2_100_000, "insuredYears", 10,
                "leaveStart", "2099-06-01"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/errors/0/rule")).isEqualTo("date-range");
    }
}
