package jp.skilldev.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.skilldev.support.Http;
import jp.skilldev.support.IntegrationTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The employer's API: what an employer may file, what they get back, and that nobody else sees it. */
class SubsidyApiTest extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void today() {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(TODAY, LocalTime.NOON).atZone(ZoneId.of("Asia/Tokyo")).toInstant()));
    }

    private Http as(String user) {
        return http().as(user, "demo");
    }

    private long establishment(String owner, int regularEmployees) {
        Http.Response response = as(owner).post("/api/establishments", Map.of("name", "事業所 " + UUID.randomUUID(),
                "industry", "RETAIL", "capitalYen", 60_000_000, "regularEmployees", regularEmployees,
                "insuranceOfficeNumber", "1301-654321-0"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private Map<String, Object> plan(long establishmentId) {
        return new HashMap<>(Map.of("establishmentId", establishmentId, "trainingKind", "HUMAN_RESOURCE_DEVELOPMENT",
                "trainingStart", "2026-08-03", "trainingEnd", "2026-08-07", "offJtHours", 12, "ojtHours", 0,
                "trainees", List.of(Map.of("name", "鈴木 一郎", "workerType", "INSURED", "plannedExpenseYen", 50_000))));
    }

    private JsonNode filedPlan(String owner) {
        Http.Response response = as(owner).post("/api/subsidy-plans", plan(establishment(owner, 50)));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    @Test
    void employerSeesOwnEstablishmentsOnly() {
        long own = establishment("employer1", 10);
        long other = establishment("employer2", 10);

        JsonNode list = as("employer1").get("/api/establishments").json();

        assertThat(list.findValues("id")).extracting(JsonNode::asLong).contains(own).doesNotContain(other);
        assertThat(as("employer1").get("/api/establishments/" + other).status()).isEqualTo(404);
        assertThat(as("employer1").get("/api/establishments/" + own).status()).isEqualTo(200);
    }

    @Test
    void anotherEmployerCanNeitherSeeNorActOnAPlan() {
        JsonNode plan = filedPlan("employer1");
        long id = plan.get("id").asLong();
        Http employer2 = as("employer2");

        assertThat(employer2.get("/api/subsidy-plans/" + id).status()).isEqualTo(404);
        assertThat(employer2.get("/api/subsidy-plans").json().findValues("id")).extracting(JsonNode::asLong)
                .doesNotContain(id);
        assertThat(employer2.post("/api/subsidy-plans/" + id + "/withdraw", "{}").status()).isEqualTo(404);
        assertThat(employer2.post("/api/subsidy-plans/" + id + "/change", plan(plan.get("establishmentId").asLong()))
                .status()).isEqualTo(404);
        assertThat(employer2.post("/api/subsidy-plans/" + id + "/claim", Map.of("trainees", List.of(Map.of(
                "traineeId", plan.at("/trainees/0/id").asLong(), "offJtHours", 12, "ojtHours", 0,
                "expensePaidYen", 1)))).status()).isEqualTo(404);
        assertThat(employer2.post("/api/subsidy-plans/" + id + "/premium-claim", Map.of("wagePaidOn", "2026-09-01",
                "traineeIds", List.of(1))).status()).isEqualTo(404);
        assertThat(as("employer1").get("/api/subsidy-plans/" + id).status()).isEqualTo(200);
    }

    @Test
    void planOnAnotherEmployersEstablishmentIsNotFound() {
        long other = establishment("employer2", 10);

        assertThat(as("employer1").post("/api/subsidy-plans", plan(other)).status()).isEqualTo(404);
    }

    @Test
    void onlyEmployersRegisterEstablishmentsAndFilePlans() {
        Http.Response worker = as("worker1").post("/api/establishments", Map.of("name", "x", "industry", "RETAIL",
                "capitalYen", 1, "regularEmployees", 1, "insuranceOfficeNumber", "1301-1"));
        Http.Response provider = as("provider1").post("/api/subsidy-plans", plan(1));

        assertThat(worker.status()).isEqualTo(403);
        assertThat(provider.status()).isEqualTo(403);
    }

    @Test
    void filedPlanCarriesItsChecksDeadlinesAndEstimate() {
        JsonNode plan = filedPlan("employer1");

        assertThat(plan.get("filedOn").asText()).isEqualTo("2026-06-01");
        assertThat(plan.get("planChecks").get(0).asText()).startsWith("OK OFF_JT_HOURS");
        assertThat(plan.at("/deadlines/planWindow/earliest").asText()).isEqualTo("2026-02-03");
        assertThat(plan.at("/deadlines/planWindow/latest").asText()).isEqualTo("2026-07-03");
        assertThat(plan.at("/deadlines/claim/opens").asText()).isEqualTo("2026-08-08");
        assertThat(plan.at("/deadlines/claim/deadline").asText()).isEqualTo("2026-10-07");
        assertThat(plan.at("/deadlines/claim/basis/en").asText()).contains("2 months from the day after training end 2026-08-07");
        assertThat(plan.at("/estimate/totalYen").asLong()).isEqualTo(22_500 + 9_120);
    }

    @Test
    void companySizeIsFrozenAtFiling() {
        JsonNode plan = filedPlan("employer1");
        long id = plan.get("id").asLong();
        jdbc.update("update subsidy_establishment set regular_employees = 5000 where id = ?",
                plan.get("establishmentId").asLong());

        Http.Response changed = as("employer1").post("/api/subsidy-plans/" + id + "/change",
                plan(plan.get("establishmentId").asLong()));

        assertThat(plan.get("companySize").asText()).isEqualTo("SME");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.text("/companySize")).isEqualTo("SME");
        assertThat(changed.text("/companySizeBasis")).contains("regular employees 50 ≤ 50");
    }

    @Test
    void changeAfterTheFilingWindowKeepsTheStartOrIsRefusedWithTheWindowOfTheNewStart() {
        JsonNode plan = filedPlan("employer1");
        long id = plan.get("id").asLong();
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(LocalDate.of(2026, 7, 31), LocalTime.NOON)
                .atZone(ZoneId.of("Asia/Tokyo")).toInstant()));
        Map<String, Object> sameStart = plan(plan.get("establishmentId").asLong());
        sameStart.put("offJtHours", 11);
        Map<String, Object> laterStart = plan(plan.get("establishmentId").asLong());
        laterStart.put("trainingStart", "2026-08-04");

        Http.Response moved = as("employer1").post("/api/subsidy-plans/" + id + "/change", laterStart);
        Http.Response corrected = as("employer1").post("/api/subsidy-plans/" + id + "/change", sameStart);

        assertThat(moved.status()).isEqualTo(422);
        assertThat(moved.text("/rule")).isEqualTo("subsidy.plan-window");
        assertThat(moved.text("/latest")).isEqualTo("2026-07-04");
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().get("offJtHours").asDouble()).isEqualTo(11.0);
    }

    @Test
    void planEndingBeforeItStartsIsRefusedNamingTheField() {
        Map<String, Object> body = plan(establishment("employer1", 10));
        body.put("trainingEnd", "2026-08-02");

        Http.Response response = as("employer1").post("/api/subsidy-plans", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/errors/0/field")).isEqualTo("trainingEnd");
    }

    @Test
    void planWithoutTraineesIsRefusedNamingTheField() {
        Map<String, Object> body = plan(establishment("employer1", 10));
        body.put("trainees", List.of());

        Http.Response response = as("employer1").post("/api/subsidy-plans", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/errors/0/field")).isEqualTo("trainees");
    }

    @Test
    void traineeWithUnknownWorkerTypeIsRefusedNamingTheField() {
        Map<String, Object> body = plan(establishment("employer1", 10));
        body.put("trainees", List.of(Map.of("name", "x", "workerType", "INTERN", "plannedExpenseYen", 1)));

        Http.Response response = as("employer1").post("/api/subsidy-plans", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/errors/0/field")).isEqualTo("trainees[0].workerType");
    }

    private JsonNode planAwaitingClaim() {
        JsonNode plan = filedPlan("employer1");
        String pid = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("subsidy-plan-" + plan.get("id").asLong()).singleResult().getId();
        processEngine.getTaskService().complete(processEngine.getTaskService().createTaskQuery().processInstanceId(pid)
                .singleResult().getId(), Map.of("planDecision", "APPROVE"));
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 8, 10).atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant()));
        for (int round = 0; round < 2; round++) {
            processEngine.getManagementService().createJobQuery().processInstanceId(pid).executable().list()
                    .forEach(j -> processEngine.getManagementService().executeJob(j.getId()));
        }
        assertThat(as("employer1").get("/api/subsidy-plans/" + plan.get("id").asLong()).text("/status"))
                .isEqualTo("AWAITING_CLAIM");
        return plan;
    }

    @Test
    void claimForATraineeOfAnotherPlanIsRefusedNamingTheField() {
        long id = planAwaitingClaim().get("id").asLong();

        Http.Response response = as("employer1").post("/api/subsidy-plans/" + id + "/claim", Map.of("trainees",
                List.of(Map.of("traineeId", 999_999_999L, "offJtHours", 12, "ojtHours", 0, "expensePaidYen", 1))));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.text("/errors/0/field")).isEqualTo("trainees[0].traineeId");
    }

    @Test
    void claimOfMoreOffJtHoursThanPlannedIsRefusedNamingTheField() {
        JsonNode plan = planAwaitingClaim();
        long id = plan.get("id").asLong();
        long traineeId = plan.at("/trainees/0/id").asLong();

        Http.Response above = as("employer1").post("/api/subsidy-plans/" + id + "/claim", Map.of("trainees",
                List.of(Map.of("traineeId", traineeId, "offJtHours", 12.5, "ojtHours", 0, "expensePaidYen", 1))));
        Http.Response atPlan = as("employer1").post("/api/subsidy-plans/" + id + "/claim", Map.of("trainees",
                List.of(Map.of("traineeId", traineeId, "offJtHours", 12, "ojtHours", 0, "expensePaidYen", 1))));

        assertThat(above.status()).isEqualTo(400);
        assertThat(above.text("/errors/0/field")).isEqualTo("trainees[0].offJtHours");
        assertThat(atPlan.status()).as(atPlan.body()).isEqualTo(201);
    }
}
