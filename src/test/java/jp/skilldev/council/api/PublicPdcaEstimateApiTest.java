package jp.skilldev.council.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jp.skilldev.support.Http.Response;
import jp.skilldev.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class PublicPdcaEstimateApiTest extends IntegrationTest {

    private static final String PATH = "/api/public/estimates/disability-pdca";

    @Test
    void anyoneGetsTheGradeAndItsConsequencesWithoutLoggingIn() {
        Response response = http().post(PATH,
                "{\"planned\":66,\"trained\":21,\"employmentRatePercent\":73.7,\"previousGrade\":\"D\"}");

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("executionRatePercent").decimalValue()).isEqualByComparingTo("31.8");
        assertThat(body.get("grade").asText()).isEqualTo("B+");
        assertThat(body.get("nextPlanChangePercent").decimalValue()).isEqualByComparingTo("-3");
        assertThat(body.get("improvementPlanRequired").asBoolean()).isFalse();
        assertThat(body.get("ministryHearing").asBoolean()).isFalse();
    }

    @Test
    void aSecondMinusGradeInARowCallsForAMinistryHearing() {
        JsonNode body = http().post(PATH,
                "{\"planned\":50,\"trained\":40,\"employmentRatePercent\":39.9,\"previousGrade\":\"D-\"}").json();

        assertThat(body.get("executionRatePercent").decimalValue()).isEqualByComparingTo("80.0");
        assertThat(body.get("grade").asText()).isEqualTo("C-");
        assertThat(body.get("nextPlanChangePercent").decimalValue()).isEqualByComparingTo("-10");
        assertThat(body.get("improvementPlanRequired").asBoolean()).isTrue();
        assertThat(body.get("ministryHearing").asBoolean()).isTrue();
    }

    @Test
    void executionJustBelowEightyPercentIsShownRoundedButGradedExactly() {
        JsonNode body = http().post(PATH,
                "{\"planned\":10000,\"trained\":7999,\"employmentRatePercent\":60,\"previousGrade\":null}").json();

        assertThat(body.get("executionRatePercent").decimalValue()).isEqualByComparingTo("80.0");
        assertThat(body.get("grade").asText()).isEqualTo("B+");
    }

    @Test
    void missingAndOutOfRangeInputsAreRefusedNamingEachField() {
        Response response = http().post(PATH, "{\"planned\":0,\"employmentRatePercent\":100.1}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("planned", "trained", "employmentRatePercent");
    }

    @Test
    void anUnknownPreviousGradeIsRefusedNamingTheField() {
        Response response = http().post(PATH,
                "{\"planned\":10,\"trained\":8,\"employmentRatePercent\":55,\"previousGrade\":\"E\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("previousGrade");
    }

    @Test
    void malformedNumbersAreRefusedNotFailed() {
        Response response = http().post(PATH,
                "{\"planned\":\"many\",\"trained\":8,\"employmentRatePercent\":55}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("planned");
    }
}
