package jp.skilldev.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.skilldev.notification.OutboxSender;
import jp.skilldev.support.Http;
import jp.skilldev.support.IntegrationTest;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The process {@code subsidy-plan-to-claim} on PostgreSQL, one test per path, driven through the API
 * as the employer and through the engine as the reviewer; timers fire by moving the engine clock.
 * Training 2026-08-03 – 2026-08-31: the claim deadline 2026-10-31 is a Saturday and rolls to Monday 2026-11-02.
 */
class SubsidyPlanToClaimProcessTest extends IntegrationTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final LocalDate FILING_DAY = LocalDate.of(2026, 6, 1);
    private static final LocalDate TRAINING_START = LocalDate.of(2026, 8, 3);
    private static final LocalDate TRAINING_END = LocalDate.of(2026, 8, 31);

    @Autowired
    OutboxSender outboxSender;

    @Autowired
    JdbcTemplate jdbc;

    private static void today(LocalDate date) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(date, LocalTime.of(10, 0)).atZone(TOKYO).toInstant()));
    }

    private static void startOf(LocalDate date) {
        ClockUtil.setCurrentTime(Date.from(date.atStartOfDay(TOKYO).toInstant()));
    }

    private Http employer1() {
        return http().as("employer1", "demo");
    }

    private long establishment() {
        Http.Response response = employer1().post("/api/establishments", Map.of("name", "訓練株式会社 " + UUID.randomUUID(),
                "industry", "SERVICES", "capitalYen", 10_000_000, "regularEmployees", 30, "insuranceOfficeNumber", "1301-123456-7"));
        assertThat(response.status()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private Map<String, Object> planBody(long establishmentId, LocalDate start, LocalDate end) {
        return Map.of("establishmentId", establishmentId, "trainingKind", "HUMAN_RESOURCE_DEVELOPMENT",
                "trainingStart", start.toString(), "trainingEnd", end.toString(), "offJtHours", 20, "ojtHours", 0,
                "trainees", List.of(Map.of("name", "山田 太郎", "workerType", "INSURED", "plannedExpenseYen", 100_000)));
    }

    private JsonNode filePlan() {
        today(FILING_DAY);
        Http.Response response = employer1().post("/api/subsidy-plans", planBody(establishment(), TRAINING_START, TRAINING_END));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private ProcessInstance instance(long planId) {
        return processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("subsidy-plan-" + planId).singleResult();
    }

    private String processInstanceId(String businessKey) {
        return processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).singleResult().getId();
    }

    private Task task(String processInstanceId, String key) {
        return processEngine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(key).singleResult();
    }

    private void complete(String processInstanceId, String key, Map<String, Object> variables) {
        Task task = task(processInstanceId, key);
        assertThat(task).as("open task " + key).isNotNull();
        processEngine.getTaskService().complete(task.getId(), variables);
    }

    /** Runs every job that is due at the engine's current time, including the ones those jobs create. */
    private void runDueJobs(String processInstanceId) {
        for (int round = 0; round < 20; round++) {
            List<Job> due = processEngine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
                    .executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> processEngine.getManagementService().executeJob(job.getId()));
        }
    }

    private String status(long planId) {
        return employer1().get("/api/subsidy-plans/" + planId).text("/status");
    }

    private List<String> mailSubjectsFor(long planId) throws MessagingException {
        outboxSender.sendDue();
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            if (message.getSubject().contains("(No. " + planId + ")")) {
                subjects.add(message.getSubject());
            }
        }
        return subjects;
    }

    private String approvedPlanWithOpenClaimWindow(long planId) {
        String pid = instance(planId).getId();
        complete(pid, "Task_ReviewPlan", Map.of("planDecision", "APPROVE"));
        runDueJobs(pid);
        startOf(TRAINING_END.plusDays(1));
        runDueJobs(pid);
        return pid;
    }

    private Map<String, Object> claimBody(JsonNode plan, int offJtHours) {
        return Map.of("trainees", List.of(Map.of("traineeId", plan.at("/trainees/0/id").asLong(),
                "offJtHours", offJtHours, "ojtHours", 0, "expensePaidYen", 100_000, "convertedToRegular", false)));
    }

    @Test
    void approvedPlanTrainedAndClaimedOnTheRolledDeadlineIsPaidOnceWithItsBreakdown() throws Exception {
        JsonNode plan = filePlan();
        long planId = plan.get("id").asLong();
        assertThat(plan.get("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(plan.get("companySize").asText()).isEqualTo("SME");
        assertThat(plan.get("planChecksPassed").asBoolean()).isTrue();
        assertThat(plan.at("/estimate/totalYen").asLong()).isEqualTo(45_000 + 15_200);
        assertThat(plan.at("/deadlines/claim/deadline").asText()).isEqualTo("2026-11-02");
        assertThat(plan.at("/deadlines/claim/nominalDeadline").asText()).isEqualTo("2026-10-31");
        ProcessInstance instance = instance(planId);
        assertThat(instance).isWaitingAt("Task_ReviewPlan");
        Task review = processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskCandidateGroup("subsidy-reviewers").initializeFormKeys().singleResult();
        assertThat(review.getCamundaFormRef().getKey()).isEqualTo("subsidy-plan-to-claim-review-plan");
        try (InputStream form = processEngine.getFormService().getDeployedTaskForm(review.getId())) {
            assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8)).contains("planChecksText");
        }

        String pid = approvedPlanWithOpenClaimWindow(planId);
        assertThat(status(planId)).isEqualTo("AWAITING_CLAIM");
        today(LocalDate.of(2026, 11, 2));
        runDueJobs(pid);
        Http.Response claimed = employer1().post("/api/subsidy-plans/" + planId + "/claim", claimBody(plan, 20));
        assertThat(claimed.status()).as(claimed.body()).isEqualTo(201);
        assertThat(claimed.text("/claims/0/totalYen")).isEqualTo("60200");
        assertThat(claimed.text("/claims/0/lines/1/rule")).isEqualTo("EXPENSE_SUBSIDY");
        assertThat(processEngine.getRuntimeService().getVariable(pid, "claimBreakdownText").toString())
                .contains("EXPENSE_SUBSIDY", "WAGE_SUBSIDY", "FISCAL_YEAR_LIMIT");

        complete(pid, "Task_ReviewClaim", Map.of("claimDecision", "APPROVE"));
        runDueJobs(pid);

        assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pid)
                .singleResult().getEndActivityId()).isEqualTo("End_ClaimPaid");
        JsonNode paid = employer1().get("/api/subsidy-plans/" + planId).json();
        assertThat(paid.get("status").asText()).isEqualTo("PAID");
        assertThat(paid.at("/claims/0/status").asText()).isEqualTo("APPROVED");
        assertThat(jdbc.queryForList("select amount_yen from subsidy_payment_instruction where claim_id = ?", Long.class,
                paid.at("/claims/0/id").asLong())).containsExactly(60_200L);
        assertThat(mailSubjectsFor(planId)).hasSize(5)
                .anyMatch(s -> s.contains("訓練計画を受理しました"))
                .anyMatch(s -> s.contains("支給申請の期限は 2026-11-02"))
                .anyMatch(s -> s.contains("あと14日"))
                .anyMatch(s -> s.contains("あと3日"))
                .anyMatch(s -> s.contains("Subsidy granted: 60200 yen"));
    }

    @Test
    void paymentInstructionAndDecisionMailHappenOnceWhenTheStepsRunAgain() throws Exception {
        JsonNode plan = filePlan();
        long planId = plan.get("id").asLong();
        String pid = approvedPlanWithOpenClaimWindow(planId);
        employer1().post("/api/subsidy-plans/" + planId + "/claim", claimBody(plan, 20));
        complete(pid, "Task_ReviewClaim", Map.of("claimDecision", "APPROVE"));
        Job decision = processEngine.getManagementService().createJobQuery().processInstanceId(pid).singleResult();
        processEngine.getManagementService().executeJob(decision.getId());
        Job payment = processEngine.getManagementService().createJobQuery().processInstanceId(pid).singleResult();
        processEngine.getManagementService().executeJob(payment.getId());
        processEngine.getRuntimeService().createProcessInstanceModification(pid)
                .startBeforeActivity("Task_RecordPaymentInstruction").execute();

        runDueJobs(pid);

        long claimId = employer1().get("/api/subsidy-plans/" + planId).json().at("/claims/0/id").asLong();
        assertThat(jdbc.queryForObject("select count(*) from subsidy_payment_instruction where claim_id = ?", Long.class,
                claimId)).isEqualTo(1);
        assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pid)
                .activityId("Task_MailClaimApproved").count()).isEqualTo(2);
        assertThat(mailSubjectsFor(planId)).filteredOn(s -> s.contains("Subsidy granted")).hasSize(1);
    }

    @Test
    void planFiledOnTheLastDayOfTheWindowIsAcceptedAndADayLaterRefusedWithTheWindow() {
        long establishmentId = establishment();
        today(FILING_DAY);

        Http.Response lastDay = employer1().post("/api/subsidy-plans",
                planBody(establishmentId, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 10)));
        Http.Response late = employer1().post("/api/subsidy-plans",
                planBody(establishmentId, LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 10)));

        assertThat(lastDay.status()).isEqualTo(201);
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.text("/rule")).isEqualTo("subsidy.plan-window");
        assertThat(late.text("/earliest")).isEqualTo("2025-12-30");
        assertThat(late.text("/latest")).isEqualTo("2026-05-30");
    }

    @Test
    void planFiledOnTheFirstDayOfTheWindowIsAcceptedAndADayEarlierRefused() {
        long establishmentId = establishment();
        today(FILING_DAY);

        Http.Response firstDay = employer1().post("/api/subsidy-plans",
                planBody(establishmentId, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 10)));
        Http.Response early = employer1().post("/api/subsidy-plans",
                planBody(establishmentId, LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 10)));

        assertThat(firstDay.status()).isEqualTo(201);
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.text("/earliest")).isEqualTo("2026-06-02");
    }

    @Test
    void planWithdrawnDuringReviewEndsTheCase() {
        long planId = filePlan().get("id").asLong();
        String pid = instance(planId).getId();

        Http.Response response = employer1().post("/api/subsidy-plans/" + planId + "/withdraw", "{}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("/status")).isEqualTo("WITHDRAWN");
        assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pid)
                .singleResult().getEndActivityId()).isEqualTo("End_PlanWithdrawn");
    }

    @Test
    void approvedPlanWithdrawnBeforeTrainingEndsTheCaseAndOnTheStartDayIsRefused() {
        long planId = filePlan().get("id").asLong();
        String pid = instance(planId).getId();
        complete(pid, "Task_ReviewPlan", Map.of("planDecision", "APPROVE"));
        runDueJobs(pid);

        today(TRAINING_START);
        Http.Response onStart = employer1().post("/api/subsidy-plans/" + planId + "/withdraw", "{}");
        today(TRAINING_START.minusDays(1));
        Http.Response dayBefore = employer1().post("/api/subsidy-plans/" + planId + "/withdraw", "{}");

        assertThat(onStart.status()).isEqualTo(422);
        assertThat(dayBefore.status()).isEqualTo(200);
        assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pid)
                .singleResult().getEndActivityId()).isEqualTo("End_PlanWithdrawn");
    }

    @Test
    void correctionRequestedThenChangedPlanIsCheckedAndReviewedAgain() throws Exception {
        JsonNode plan = filePlan();
        long planId = plan.get("id").asLong();
        String pid = instance(planId).getId();
        complete(pid, "Task_ReviewPlan", Map.of("planDecision", "REQUEST_CORRECTION", "planReviewComment", "時間数を確認"));
        runDueJobs(pid);
        assertThat(status(planId)).isEqualTo("CORRECTION_REQUESTED");

        Map<String, Object> changed = new HashMap<>(planBody(plan.get("establishmentId").asLong(),
                TRAINING_START, TRAINING_END));
        changed.put("offJtHours", 9);
        Http.Response response = employer1().post("/api/subsidy-plans/" + planId + "/change", changed);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.text("/status")).isEqualTo("UNDER_REVIEW");
        assertThat(response.json().get("planChecksPassed").asBoolean()).isFalse();
        assertThat(instance(planId)).isWaitingAt("Task_ReviewPlan");
        assertThat(processEngine.getRuntimeService().getVariable(pid, "reviewRound")).isEqualTo(2);
        assertThat(mailSubjectsFor(planId)).singleElement().satisfies(s -> assertThat(s).contains("補正"));
    }

    @Test
    void correctionNotFiledBeforeTrainingStartsLapsesThePlan() throws Exception {
        long planId = filePlan().get("id").asLong();
        String pid = instance(planId).getId();
        complete(pid, "Task_ReviewPlan", Map.of("planDecision", "REQUEST_CORRECTION", "planReviewComment", "経費の内訳"));
        runDueJobs(pid);

        startOf(TRAINING_START.minusDays(1));
        runDueJobs(pid);
        assertThat(status(planId)).isEqualTo("CORRECTION_REQUESTED");
        startOf(TRAINING_START);
        runDueJobs(pid);

        assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pid)
                .singleResult().getEndActivityId()).isEqualTo("End_PlanLapsed");
        assertThat(status(planId)).isEqualTo("LAPSED");
        assertThat(mailSubjectsFor(planId)).filteredOn(s -> s.contains("Training plan lapsed")).hasSize(1);
    }

    @Test
    void planWithdrawnWhileACorrectionIsRequestedEndsTheCase() {
        long planId = filePlan().get("id").asLong();
        String pid = instance(planId).getId();
        complete(pid, "Task_ReviewPlan", Map.of("planDecision", "REQUEST_CORRECTION"));
        runDueJobs(pid);

        Http.Response response = employer1().post("/api/subsidy-plans/" + planId + "/withdraw", "{}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pid)
                .singleResult().getEndActivityId()).isEqualTo("End_PlanWithdrawn");
    }

    @Test
    void unclaimedCaseExpiresByTimerRemindingOnceAndALaterClaimIsRefused() throws Exception {
        JsonNode plan = filePlan();
        long planId = plan.get("id").asLong();
        String pid = approvedPlanWithOpenClaimWindow(planId);

        startOf(LocalDate.of(2026, 10, 19));
        runDueJobs(pid);
        // the reminder step run a second time (e.g. a retry) must not mail twice
        processEngine.getRuntimeService().createProcessInstanceModification(pid)
                .startBeforeActivity("Task_SendFirstClaimReminder").execute();
        runDueJobs(pid);
        startOf(LocalDate.of(2026, 11, 2));
        runDueJobs(pid);
        assertThat(status(planId)).isEqualTo("AWAITING_CLAIM");
        today(LocalDate.of(2026, 11, 3));
        Http.Response dayAfterBeforeTimer = employer1().post("/api/subsidy-plans/" + planId + "/claim", claimBody(plan, 20));
        assertThat(dayAfterBeforeTimer.status()).isEqualTo(422);
        runDueJobs(pid);

        assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pid)
                .singleResult().getEndActivityId()).isEqualTo("End_ClaimPeriodExpired");
        assertThat(status(planId)).isEqualTo("CLAIM_PERIOD_EXPIRED");
        today(LocalDate.of(2026, 11, 3));
        Http.Response late = employer1().post("/api/subsidy-plans/" + planId + "/claim", claimBody(plan, 20));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.text("/rule")).isEqualTo("subsidy.claim-window");
        assertThat(late.text("/deadline")).isEqualTo("2026-11-02");
        List<String> subjects = mailSubjectsFor(planId);
        assertThat(subjects).filteredOn(s -> s.contains("あと14日")).hasSize(1);
        assertThat(subjects).filteredOn(s -> s.contains("あと3日")).hasSize(1);
        assertThat(subjects).filteredOn(s -> s.contains("Claim period expired")).hasSize(1);
    }

    @Test
    void claimBeforeTrainingEndsIsRefusedWithTheWindow() {
        JsonNode plan = filePlan();
        long planId = plan.get("id").asLong();
        String pid = instance(planId).getId();
        complete(pid, "Task_ReviewPlan", Map.of("planDecision", "APPROVE"));
        runDueJobs(pid);
        today(TRAINING_END);

        Http.Response early = employer1().post("/api/subsidy-plans/" + planId + "/claim", claimBody(plan, 20));

        assertThat(early.status()).isEqualTo(422);
        assertThat(early.text("/opens")).isEqualTo("2026-09-01");
    }

    @Test
    void premiumClaimWithinFiveMonthsOfTheWagePaysThePlusRatesAndALateOneIsRefused() throws Exception {
        JsonNode plan = filePlan();
        long planId = plan.get("id").asLong();
        String pid = approvedPlanWithOpenClaimWindow(planId);
        today(LocalDate.of(2026, 9, 10));
        employer1().post("/api/subsidy-plans/" + planId + "/claim", claimBody(plan, 20));
        complete(pid, "Task_ReviewClaim", Map.of("claimDecision", "APPROVE"));
        runDueJobs(pid);
        long traineeId = plan.at("/trainees/0/id").asLong();

        today(LocalDate.of(2027, 2, 26));
        Http.Response late = employer1().post("/api/subsidy-plans/" + planId + "/premium-claim",
                Map.of("wagePaidOn", "2026-09-25", "traineeIds", List.of(traineeId)));
        Http.Response inTime = employer1().post("/api/subsidy-plans/" + planId + "/premium-claim",
                Map.of("wagePaidOn", "2026-09-26", "traineeIds", List.of(traineeId)));

        assertThat(late.status()).isEqualTo(422);
        assertThat(late.text("/rule")).isEqualTo("subsidy.premium-claim-deadline");
        assertThat(late.text("/deadline")).isEqualTo("2027-02-25");
        assertThat(inTime.status()).as(inTime.body()).isEqualTo(201);
        String premiumPid = processInstanceId("subsidy-plan-" + planId + "-premium");
        complete(premiumPid, "Task_ReviewClaim", Map.of("claimDecision", "APPROVE"));
        runDueJobs(premiumPid);
        JsonNode claims = employer1().get("/api/subsidy-plans/" + planId).json().get("claims");
        assertThat(claims.get(1).get("kind").asText()).isEqualTo("PREMIUM");
        assertThat(claims.get(1).get("status").asText()).isEqualTo("APPROVED");
        assertThat(claims.get(1).get("totalYen").asLong()).isEqualTo(15_000 + 4_000);
        assertThat(mailSubjectsFor(planId)).filteredOn(s -> s.contains("Subsidy granted: 19000 yen")).hasSize(1);
    }

    @Test
    void secondReviewerCompletingTheSameTaskAtOnceFailsCleanly() throws Exception {
        JsonNode plan = filePlan();
        long planId = plan.get("id").asLong();
        String pid = approvedPlanWithOpenClaimWindow(planId);
        employer1().post("/api/subsidy-plans/" + planId + "/claim", claimBody(plan, 20));
        String taskId = task(pid, "Task_ReviewClaim").getId();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<RuntimeException>> results = new ArrayList<>();
        for (String decision : List.of("APPROVE", "REJECT")) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    processEngine.getTaskService().complete(taskId, Map.of("claimDecision", decision));
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            }));
        }
        start.countDown();
        List<RuntimeException> failures = new ArrayList<>();
        for (Future<RuntimeException> result : results) {
            if (result.get() != null) {
                failures.add(result.get());
            }
        }
        pool.shutdown();

        // The loser fails and its transaction rolls back: usually an OptimisticLockingException, but when
        // it reads the execution after the winner's commit the engine trips over the moved execution
        // first (an NPE inside the engine). Either way exactly one completion counts.
        assertThat(failures).singleElement().isInstanceOf(RuntimeException.class);
        assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(pid)
                .activityId("Task_RecordClaimDecision").count()).isEqualTo(1);
        runDueJobs(pid);
        assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pid)
                .singleResult().getEndActivityId()).isIn("End_ClaimPaid", "End_ClaimRejected");
    }
}
