package jp.skilldev.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import jp.skilldev.support.Http;
import jp.skilldev.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class PublicEstimatesApiTest extends IntegrationTest {

    @Test
    void retailerWith51EmployeesAndCapitalAboveTheLimitIsNotAnSme() {
        Http.Response response = http().post("/api/public/estimates/sme",
                "{\"industry\":\"RETAIL\",\"capitalYen\":50000001,\"regularEmployees\":51}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("sme").asBoolean()).isFalse();
        assertThat(response.text("/basis")).contains("regular employees 51 > 50");
    }

    @Test
    void retailerWithCapitalAtTheLimitIsAnSme() {
        Http.Response response = http().post("/api/public/estimates/sme",
                "{\"industry\":\"RETAIL\",\"capitalYen\":50000000,\"regularEmployees\":51}");

        assertThat(response.json().get("sme").asBoolean()).isTrue();
    }

    @Test
    void smeEstimateRefusesUnknownIndustryNamingTheField() {
        Http.Response response = http().post("/api/public/estimates/sme",
                "{\"industry\":\"MINING\",\"capitalYen\":1,\"regularEmployees\":1}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/errors/0/field")).isEqualTo("industry");
    }

    @Test
    void smeEstimateRefusesNegativeCapitalNamingTheField() {
        Http.Response response = http().post("/api/public/estimates/sme",
                "{\"industry\":\"OTHER\",\"capitalYen\":-1,\"regularEmployees\":1}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/errors/0/field")).isEqualTo("capitalYen");
    }

    @Test
    void subsidyEstimateForOneInsuredTraineeOfAnSmeGivesEachPartAndItsLines() {
        Http.Response response = http().post("/api/public/estimates/subsidy", """
                {"trainingKind":"HUMAN_RESOURCE_DEVELOPMENT","companySize":"SME","workerType":"INSURED",
                 "hours":20,"expensePaidYen":100000,"wageRequirementMet":false,"planDate":"2025-06-02"}""");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("expenseSubsidyYen").asLong()).isEqualTo(45_000);
        assertThat(response.json().get("wageSubsidyYen").asLong()).isEqualTo(15_200);
        assertThat(response.json().get("ojtSubsidyYen").asLong()).isZero();
        assertThat(response.json().get("totalYen").asLong()).isEqualTo(60_200);
        assertThat(response.text("/lines/1/rule")).isEqualTo("EXPENSE_SUBSIDY");
        assertThat(response.text("/lines/1/citation")).startsWith("subsidy-rates (2023-04-01");
    }

    @Test
    void subsidyEstimateWithTheWageRequirementAddsThePlusRates() {
        Http.Response response = http().post("/api/public/estimates/subsidy", """
                {"trainingKind":"HUMAN_RESOURCE_DEVELOPMENT","companySize":"LARGE","workerType":"INSURED",
                 "hours":20,"expensePaidYen":100000,"wageRequirementMet":true,"planDate":"2025-06-02"}""");

        assertThat(response.json().get("expenseSubsidyYen").asLong()).isEqualTo(45_000);
        assertThat(response.json().get("wageSubsidyYen").asLong()).isEqualTo(9_600);
    }

    @Test
    void subsidyEstimateRefusesZeroHoursNamingTheField() {
        Http.Response response = http().post("/api/public/estimates/subsidy", """
                {"trainingKind":"HUMAN_RESOURCE_DEVELOPMENT","companySize":"SME","workerType":"INSURED",
                 "hours":0,"expensePaidYen":100000,"planDate":"2025-06-02"}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/errors/0/field")).isEqualTo("hours");
    }

    @Test
    void subsidyEstimateRefusesMissingPlanDateNamingTheField() {
        Http.Response response = http().post("/api/public/estimates/subsidy", """
                {"trainingKind":"HUMAN_RESOURCE_DEVELOPMENT","companySize":"SME","workerType":"INSURED",
                 "hours":10,"expensePaidYen":100000}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/errors/0/field")).isEqualTo("planDate");
    }

    @Test
    void subsidyEstimateRefusesAWorkerTypeTheTrainingDoesNotTake() {
        Http.Response response = http().post("/api/public/estimates/subsidy", """
                {"trainingKind":"FIXED_TERM_WORK_STUDY","companySize":"SME","workerType":"INSURED",
                 "hours":200,"ojtHours":300,"expensePaidYen":100000,"planDate":"2025-06-02"}""");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.text("/rule")).isEqualTo("subsidy.worker-type");
    }

    @Test
    void subsidyEstimateRefusesAPlanDateBeforeTheCourseExisted() {
        Http.Response response = http().post("/api/public/estimates/subsidy", """
                {"trainingKind":"HUMAN_RESOURCE_DEVELOPMENT","companySize":"SME","workerType":"INSURED",
                 "hours":10,"expensePaidYen":100000,"planDate":"2023-03-31"}""");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.text("/rule")).isEqualTo("subsidy.no-rates");
    }
}
