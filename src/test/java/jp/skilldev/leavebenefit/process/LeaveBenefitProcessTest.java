package jp.skilldev.leavebenefit.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.skilldev.leavebenefit.CaseStatus;
import jp.skilldev.leavebenefit.EndReason;
import jp.skilldev.leavebenefit.LeaveBenefitCase;
import jp.skilldev.leavebenefit.LeaveBenefitPayment;
import jp.skilldev.leavebenefit.LeaveBenefitPeriod;
import jp.skilldev.leavebenefit.LeaveBenefitService;
import jp.skilldev.leavebenefit.PeriodStatus;
import jp.skilldev.notification.Outbox;
import jp.skilldev.notification.OutboxMessage;
import jp.skilldev.notification.OutboxSender;
import jp.skilldev.platform.EngineClock;
import jp.skilldev.security.StaffGroups;
import jp.skilldev.support.Http;
import jp.skilldev.support.IntegrationTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The process {@code education-leave-benefit}, one test per path, driven through the API and the engine clock. */
class LeaveBenefitProcessTest extends IntegrationTest {

    private static final LocalDate START = LocalDate.of(2026, 6, 1);
    private static final long DAILY_AMOUNT_350K = 6_494;

    @Autowired
    LeaveBenefitService service;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxSender sender;

    /** The outbox is shared by every test class: send this test's mails so that none is left for another's GreenMail. */
    @AfterEach
    void sendThisTestsMails() {
        sender.sendDue();
    }

    private static void today(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(EngineClock.TOKYO).toInstant()));
    }

    private Map<String, Object> leave(int lastDayOffset, int enrolmentYears, int insuredMonths, boolean withWages) {
        Map<String, Object> body = new HashMap<>();
        body.put("workerUsername", "worker1");
        body.put("leaveStart", START.toString());
        body.put("plannedLastDay", START.plusDays(lastDayOffset).toString());
        body.put("unpaid", true);
        body.put("ownInitiativeUnderWorkRules", true);
        body.put("businessOrder", false);
        body.put("dismissalPlanned", false);
        body.put("workerAgeAtLeaveStart", 35);
        body.put("enrolmentYears", enrolmentYears);
        body.put("insuredMonthsInLastTwoYears", insuredMonths);
        if (withWages) {
            body.put("monthlyWagesYen", List.of(350_000, 350_000, 350_000, 350_000, 350_000, 350_000));
        }
        return body;
    }

    private long file(Map<String, Object> body) {
        Http.Response response = http().as("employer1", "demo").post("/api/leave-benefits", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private ProcessInstance instance(long caseId) {
        return processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(Long.toString(caseId)).singleResult();
    }

    private ProcessInstanceAssert process(long caseId) {
        return BpmnAwareTests.assertThat(instance(caseId));
    }

    private String processInstanceId(long caseId) {
        return processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(Long.toString(caseId)).singleResult().getId();
    }

    private void runDueJobs(long caseId) {
        String pid = processInstanceId(caseId);
        List<Job> jobs;
        while (!(jobs = processEngine.getManagementService().createJobQuery().processInstanceId(pid).executable().list()).isEmpty()) {
            jobs.forEach(job -> processEngine.getManagementService().executeJob(job.getId()));
        }
    }

    private Task task(long caseId, String taskKey) {
        Task task = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(Long.toString(caseId))
                .taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as("open task " + taskKey).isNotNull();
        return task;
    }

    private void complete(long caseId, String taskKey, Map<String, Object> variables) {
        processEngine.getTaskService().complete(task(caseId, taskKey).getId(), variables);
        runDueJobs(caseId);
    }

    /** Filed with wages, first application on day 3, found eligible: the case waits for period 1 to close. */
    private long eligibleCase(int lastDayOffset, int enrolmentYears) {
        today(START);
        long id = file(leave(lastDayOffset, enrolmentYears, 24, true));
        today(START.plusDays(2));
        assertThat(http().as("worker1", "demo").post("/api/leave-benefits/" + id + "/initial-application", "{}").status()).isEqualTo(200);
        runDueJobs(id);
        complete(id, "Task_DecideEligibility", Map.of("eligible", true, "officerNote", "要件確認済み"));
        process(id).isWaitingAt("EventGateway_AwaitPeriodClose");
        return id;
    }

    private void closePeriod(long id, int periodNo) {
        today(START.plusDays(30L * periodNo));
        runDueJobs(id);
        process(id).isWaitingAt("EventGateway_AwaitDeclaration");
    }

    private void declareAndCertify(long id, int periodNo, int daysWorked) {
        Http.Response declared = http().as("worker1", "demo").post("/api/leave-benefits/" + id + "/periods/" + periodNo + "/declaration",
                Map.of("trainingAttended", true, "daysWorkedOrPaid", daysWorked));
        assertThat(declared.status()).as(declared.body()).isEqualTo(200);
        Task certify = task(id, "Task_CertifyPeriod");
        assertThat(processEngine.getTaskService().getVariable(certify.getId(), "daysWorkedOrPaid")).isEqualTo(daysWorked);
        complete(id, "Task_CertifyPeriod", Map.of("certified", true, "officerNote", ""));
    }

    private List<String> mailKeys(long id) {
        return outbox.byBusinessKeyPrefix("leave:" + id + ":").stream().map(OutboxMessage::businessKey).toList();
    }

    @Test
    void oneWorkerIsPaidThrough150DaysOfLeaveInFivePeriodsAndNothingTwice() {
        long id = eligibleCase(149, 20);
        LeaveBenefitCase decided = service.get(id);
        assertThat(decided.getDailyAmountYen()).isEqualTo(DAILY_AMOUNT_350K);
        assertThat(decided.getBenefitDays()).isEqualTo(150);

        for (int n = 1; n <= 5; n++) {
            closePeriod(id, n);
            if (n == 2) {
                // Late: past the 14-day filing allowance, after the reminder, but before the period is given up.
                today(START.plusDays(60 + 16));
                runDueJobs(id);
                process(id).isWaitingAt("EventGateway_AwaitDeclarationAfterReminder");
            }
            declareAndCertify(id, n, n == 3 ? 4 : 0);
            if (n == 3) {
                // The payment step retried after it had already paid: it finds the payment and pays nothing more.
                LeaveBenefitPayment again = service.pay(id, 3);
                assertThat(again.getDays()).isEqualTo(26);
                assertThat(service.get(id).getDaysUsed()).isEqualTo(86);
            }
        }

        assertThat(instance(id)).isNull();
        List<LeaveBenefitPayment> payments = service.paymentsOf(id);
        assertThat(payments).extracting(LeaveBenefitPayment::getDays).containsExactly(30, 30, 26, 30, 30);
        assertThat(payments.stream().mapToLong(LeaveBenefitPayment::getAmountYen).sum()).isEqualTo(146 * DAILY_AMOUNT_350K);
        assertThat(service.periodsOf(id)).extracting(LeaveBenefitPeriod::getStatus).containsOnly(PeriodStatus.PAID);
        LeaveBenefitCase ended = service.get(id);
        assertThat(ended.getStatus()).isEqualTo(CaseStatus.ENDED);
        assertThat(ended.getEndReason()).isEqualTo(EndReason.LEAVE_ENDED);
        assertThat(ended.getDaysUsed()).isEqualTo(146);
        assertThat(ended.daysLeft()).isEqualTo(4);
        assertThat(mailKeys(id)).containsExactlyInAnyOrder("leave:" + id + ":eligible", "leave:" + id + ":period:2:reminder",
                "leave:" + id + ":period:1:paid", "leave:" + id + ":period:2:paid", "leave:" + id + ":period:3:paid",
                "leave:" + id + ":period:4:paid", "leave:" + id + ":period:5:paid", "leave:" + id + ":ended");

        sender.sendDue();
        assertThat(greenMail.getReceivedMessages()).anySatisfy(mail -> {
            assertThat(mail.getSubject()).isEqualTo("支給のお知らせ（支給単位期間 3） / Payment for period 3 (case " + id + ")");
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("worker1@example.jp");
            assertThat((String) mail.getContent()).contains("26 日分").contains(String.format("%d yen.", 26 * DAILY_AMOUNT_350K));
        });

        Http.Response seen = http().as("worker1", "demo").get("/api/leave-benefits/" + id);
        assertThat(seen.json().get("totalPaidYen").asLong()).isEqualTo(146 * DAILY_AMOUNT_350K);
        assertThat(seen.json().at("/benefit/daysLeft").asInt()).isEqualTo(4);
        assertThat(seen.json().get("payments")).hasSize(5);
    }

    @Test
    void theBenefitEndsWhenTheDaysAreUsedUpThoughTheLeaveGoesOn() {
        long id = eligibleCase(199, 5);
        for (int n = 1; n <= 3; n++) {
            closePeriod(id, n);
            declareAndCertify(id, n, 0);
        }

        assertThat(instance(id)).isNull();
        assertThat(service.periodsOf(id)).hasSize(3);
        LeaveBenefitCase ended = service.get(id);
        assertThat(ended.getEndReason()).isEqualTo(EndReason.DAYS_USED_UP);
        assertThat(ended.getDaysUsed()).isEqualTo(90);
        assertThat(ended.daysLeft()).isZero();
    }

    @Test
    void everyOfficerTaskOpensItsDeployedForm() {
        long id = eligibleCase(59, 10);
        closePeriod(id, 1);
        http().as("worker1", "demo").post("/api/leave-benefits/" + id + "/periods/1/declaration",
                Map.of("trainingAttended", true, "daysWorkedOrPaid", 0));

        Task certify = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(Long.toString(id))
                .taskDefinitionKey("Task_CertifyPeriod").initializeFormKeys().singleResult();

        assertThat(certify.getCamundaFormRef().getKey()).isEqualTo("education-leave-benefit-certify-period");
        assertThat(processEngine.getFormService().getDeployedTaskForm(certify.getId())).isNotNull();
        for (String form : List.of("decide-eligibility", "follow-up-wage-certificate", "handle-missing-application")) {
            assertThat(processEngine.getRepositoryService().createDeploymentQuery().list().stream()
                    .flatMap(d -> processEngine.getRepositoryService().getDeploymentResourceNames(d.getId()).stream())
                    .anyMatch(name -> name.endsWith("education-leave-benefit-" + form + ".form"))).as(form).isTrue();
        }
    }

    @Test
    void anEarlyReturnToWorkClosesTheLastPeriodAtOnceAndPaysItProRata() {
        long id = eligibleCase(119, 6);
        closePeriod(id, 1);
        declareAndCertify(id, 1, 0);

        today(START.plusDays(44));
        Http.Response returned = http().as("worker1", "demo").post("/api/leave-benefits/" + id + "/return-to-work",
                Map.of("returnDate", START.plusDays(44).toString()));
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        runDueJobs(id);
        assertThat(service.periodsOf(id).get(1).getLastDay()).isEqualTo(START.plusDays(43));
        declareAndCertify(id, 2, 0);

        assertThat(instance(id)).isNull();
        assertThat(service.paymentsOf(id)).extracting(LeaveBenefitPayment::getDays).containsExactly(30, 14);
        LeaveBenefitCase ended = service.get(id);
        assertThat(ended.getBenefitDays()).isEqualTo(90);
        assertThat(ended.getEndReason()).isEqualTo(EndReason.RETURNED_TO_WORK);
        assertThat(ended.daysLeft()).isEqualTo(46);
    }

    @Test
    void aDeclarationNeverFiledLeavesThePeriodUnpaidAfterAReminder() {
        long id = eligibleCase(29, 10);
        closePeriod(id, 1);

        today(START.plusDays(90));
        runDueJobs(id);

        assertThat(instance(id)).isNull();
        assertThat(service.periodsOf(id)).singleElement()
                .satisfies(p -> assertThat(p.getStatus()).isEqualTo(PeriodStatus.UNPAID_NO_DECLARATION));
        assertThat(service.paymentsOf(id)).isEmpty();
        assertThat(mailKeys(id)).containsExactlyInAnyOrder("leave:" + id + ":eligible", "leave:" + id + ":period:1:reminder",
                "leave:" + id + ":period:1:unpaid", "leave:" + id + ":ended");
        assertThat(http().as("worker1", "demo").post("/api/leave-benefits/" + id + "/periods/1/declaration",
                Map.of("trainingAttended", true, "daysWorkedOrPaid", 0)).status()).isEqualTo(409);
    }

    @Test
    void aDeclarationBeforeThePeriodClosesIsRefusedWithTheDayItCanBeFiled() {
        long id = eligibleCase(89, 10);

        Http.Response early = http().as("worker1", "demo").post("/api/leave-benefits/" + id + "/periods/1/declaration",
                Map.of("trainingAttended", true, "daysWorkedOrPaid", 0));

        assertThat(early.status()).isEqualTo(422);
        assertThat(early.text("/rule")).isEqualTo("period-not-closed");
        assertThat(early.text("/declarationFrom")).isEqualTo("2026-07-01");
        assertThat(http().as("worker2", "demo").post("/api/leave-benefits/" + id + "/periods/1/declaration",
                Map.of("trainingAttended", true, "daysWorkedOrPaid", 0)).status()).isEqualTo(404);
    }

    @Test
    void aMissingWageCertificateRemindsTheEmployerThenGoesToAnOfficer() {
        today(START);
        long id = file(leave(89, 10, 24, false));
        process(id).isWaitingAt("EventGateway_AwaitWageCertificate");

        // Due 2026-06-10 (10 days counted from 06-01); the reminder falls due 3 days before.
        today(LocalDate.of(2026, 6, 7));
        runDueJobs(id);
        assertThat(mailKeys(id)).containsExactly("leave:" + id + ":wage-certificate-reminder");
        today(LocalDate.of(2026, 6, 10));
        runDueJobs(id);
        process(id).isWaitingAt("EventGateway_AwaitWageCertificateAfterReminder");

        today(LocalDate.of(2026, 6, 11));
        runDueJobs(id);
        assertThat(processEngine.getTaskService().createTaskQuery().taskDefinitionKey("Task_FollowUpLateWageCertificate")
                .processInstanceBusinessKey(Long.toString(id)).taskCandidateGroup(StaffGroups.LEAVE_BENEFIT_OFFICERS).count()).isOne();
        complete(id, "Task_FollowUpLateWageCertificate", Map.of("closeCase", false, "officerNote", "事業主に電話で督促"));

        Http.Response filed = http().as("employer1", "demo").post("/api/leave-benefits/" + id + "/wage-certificate",
                Map.of("monthlyWagesYen", List.of(300_000, 300_000, 300_000, 300_000, 300_000, 300_000)));
        assertThat(filed.status()).as(filed.body()).isEqualTo(200);
        assertThat(filed.text("/status")).isEqualTo("AWAITING_INITIAL_APPLICATION");
        process(id).isWaitingAt("EventGateway_AwaitInitialApplication");
    }

    @Test
    void aWageCertificateFiledWithTheLeaveAfterItsDeadlineGoesToAnOfficerFirst() {
        // Due 2026-06-10; filed together with the leave on 06-11.
        today(LocalDate.of(2026, 6, 11));
        long late = file(leave(89, 10, 24, true));
        today(LocalDate.of(2026, 6, 10));
        long inTime = file(leave(89, 10, 24, true));

        process(inTime).isWaitingAt("EventGateway_AwaitInitialApplication");
        process(late).isWaitingAt("Task_ReviewLateWageCertificate");
        complete(late, "Task_ReviewLateWageCertificate", Map.of("closeCase", true, "officerNote", "事業主が休暇を取り消した"));

        assertThat(instance(late)).isNull();
        assertThat(service.get(late).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(service.get(late).getDecisionNote()).isEqualTo("事業主が休暇を取り消した");
    }

    @Test
    void aMissingFirstApplicationGoesToAnOfficerWhoAcceptsItWithAReason() {
        today(START);
        long id = file(leave(89, 10, 24, true));

        // Due 2026-06-30; the reminder the day after, the officer once the 7-day grace is over.
        today(LocalDate.of(2026, 7, 1));
        runDueJobs(id);
        assertThat(mailKeys(id)).containsExactly("leave:" + id + ":initial-application-reminder");
        today(LocalDate.of(2026, 7, 8));
        runDueJobs(id);
        complete(id, "Task_HandleMissingInitialApplication", Map.of("acceptLateApplication", true, "officerNote", "入院のため"));

        assertThat(service.get(id).getLateApplicationReason()).isEqualTo("入院のため");
        process(id).isWaitingAt("Task_DecideEligibility");
    }

    @Test
    void anIneligibleWorkerIsToldEveryConditionNotMet() {
        today(START);
        long id = file(leave(89, 4, 11, true));
        http().as("worker1", "demo").post("/api/leave-benefits/" + id + "/initial-application", "{}");
        runDueJobs(id);

        process(id).isWaitingAt("Task_DecideEligibility");
        assertThat((String) processEngine.getRuntimeService().getVariable(instance(id).getId(), "failedConditions"))
                .contains("ENROLMENT_YEARS").contains("INSURED_MONTHS");
        complete(id, "Task_DecideEligibility", Map.of("eligible", false, "officerNote", "加入期間不足"));

        assertThat(instance(id)).isNull();
        Http.Response seen = http().as("worker1", "demo").get("/api/leave-benefits/" + id);
        assertThat(seen.text("/status")).isEqualTo("NOT_ELIGIBLE");
        assertThat(seen.json().get("failedConditions").findValuesAsText("condition"))
                .containsExactly("ENROLMENT_YEARS", "INSURED_MONTHS");
        assertThat(mailKeys(id)).containsExactly("leave:" + id + ":not-eligible");
    }
}
