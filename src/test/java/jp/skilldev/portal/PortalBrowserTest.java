package jp.skilldev.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import jp.skilldev.support.Http;
import jp.skilldev.support.IntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The portal's flows in headless Chromium, on the application started by the shared test context. "Today"
 * is fixed per test through the engine clock, which the application's clock follows. Each flow leaves a
 * screenshot under target/screenshots.
 */
@Tag("browser")
class PortalBrowserTest extends IntegrationTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static Browser browser;

    @BeforeEach
    void startBrowser() {
        if (browser == null) {
            browser = new Browser("http://localhost:" + port);
        }
        browser.deleteCookies();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    private static void today(String isoDate) {
        ClockUtil.setCurrentTime(Date.from(LocalDate.parse(isoDate).atTime(LocalTime.of(10, 0)).atZone(TOKYO).toInstant()));
    }

    @Test
    void providerFilesAnApplicationInsideAWindowAndSeesItOnTheDashboard() {
        today("2026-04-15");
        String course = "Webアプリ開発科 " + System.nanoTime() % 1_000_000;
        browser.signIn("provider1");
        browser.click("new-designation");
        assertThat(browser.text(By.id("window-open"))).contains("2026年10月1日");

        browser.type("courseName", course);
        browser.type("trainingHours", "120");
        browser.click("submit");

        assertThat(browser.text(By.id("error-summary"))).contains("入力内容を確認してください");
        assertThat(browser.text(By.id("tier-error"))).contains("選択してください");
        assertThat(browser.attribute("tier", "aria-describedby")).isEqualTo("tier-error");
        assertThat(browser.value("courseName")).isEqualTo(course);
        assertThat(browser.value("trainingHours")).isEqualTo("120");
        browser.screenshot("01-designation-form-errors");

        browser.select("tier", "GENERAL");
        browser.type("field", "情報技術 / IT");
        browser.type("prefecture", "東京都");
        browser.type("durationMonths", "6");
        browser.select("deliveryMode", "CLASSROOM");
        browser.type("feeYen", "280000");
        browser.date("trackRecordSince", "2023-04-01");
        browser.type("facilityManager", "山田 太郎");
        browser.type("complaintsOfficer", "佐藤 花子");
        browser.click("submit");

        assertThat(browser.text(By.id("flash"))).contains("申請を受け付けました");
        assertThat(browser.text(By.id("status"))).isEqualTo("受付済み");
        assertThat(browser.text(By.id("timeline"))).contains("2026年4月15日");
        browser.screenshot("02-designation-case-filed");

        browser.open("/");
        String row = browser.text(By.id("cases"));
        assertThat(row).contains(course).contains("受付済み");
        browser.screenshot("03-provider-dashboard");
    }

    @Test
    void providerOutsideAWindowSeesWhenTheNextWindowOpens() {
        today("2026-06-10");
        browser.signIn("provider1");
        browser.open("/designation/new");

        assertThat(browser.text(By.id("window-closed"))).contains("申請受付期間外");
        assertThat(browser.text(By.id("next-window-opens"))).isEqualTo("2026年10月1日（木）");
        // 31 October 2026 is a Saturday: the last filing day moves to Monday 2 November.
        assertThat(browser.text(By.id("next-window-last-day"))).isEqualTo("2026年11月2日（月）");
        browser.screenshot("04-designation-window-closed");
    }

    @Test
    void anotherProviderOpeningTheCaseUrlGetsNotFound() {
        today("2026-04-16");
        long id = fileDesignationAsProvider1("介護職員初任者研修 " + System.nanoTime() % 1_000_000);

        browser.signIn("provider2");
        browser.open("/designation/" + id);

        assertThat(browser.text(By.id("not-found"))).contains("見つかりません");
        assertThat(browser.text(By.tagName("main"))).doesNotContain("介護職員初任者研修");
        browser.screenshot("05-other-providers-case-not-found");
    }

    @Test
    void providerAnswersACorrectionRequestBeforeItsDeadline() {
        today("2026-04-20");
        long id = fileDesignationAsProvider1("介護福祉士実務者研修 " + System.nanoTime() % 1_000_000);
        String pid = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(Long.toString(id), "course-designation").singleResult().getId();
        runDueJobs(pid);
        complete(pid, "Task_ReviewApplication", Map.of("decision", "REQUEST_CORRECTION",
                "reviewComment", "苦情処理担当者の氏名を記載してください"));
        runDueJobs(pid);

        browser.signIn("provider1");
        browser.open("/designation/" + id);
        assertThat(browser.text(By.id("status"))).isEqualTo("補正依頼中");
        assertThat(browser.text(By.id("deadline"))).contains("補正の回答期限").contains("あと");
        browser.click("answer-correction");
        assertThat(browser.text(By.id("answer-error"))).contains("入力してください");
        assertThat(browser.attribute("answer", "aria-describedby")).isEqualTo("answer-error");
        browser.type("complaintsOfficer", "鈴木 一郎");
        browser.type("answer", "苦情処理担当者を追記しました。");
        browser.click("answer-correction");

        assertThat(browser.text(By.id("flash"))).contains("補正の回答を受け付けました");
        assertThat(browser.text(By.id("timeline"))).contains("補正回答");
        browser.screenshot("13-correction-answered");
    }

    private long fileDesignationAsProvider1(String courseName) {
        Http.Response filed = http().as("provider1", "demo").post("/api/designation-applications", Map.ofEntries(
                Map.entry("courseName", courseName),
                Map.entry("tier", "GENERAL"), Map.entry("field", "介護"), Map.entry("prefecture", "大阪府"),
                Map.entry("trainingHours", 130), Map.entry("durationMonths", 4), Map.entry("deliveryMode", "CLASSROOM"),
                Map.entry("feeYen", 90000), Map.entry("trackRecordSince", "2022-04-01"),
                Map.entry("facilityManager", "田中"), Map.entry("complaintsOfficer", "鈴木")));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().get("id").asLong();
    }

    @Test
    void workerFilesAPeriodDeclaration() {
        today("2026-05-01");
        Http.Response filed = http().as("employer1", "demo").post("/api/leave-benefits", Map.ofEntries(
                Map.entry("workerUsername", "worker1"), Map.entry("leaveStart", "2026-05-01"),
                Map.entry("plannedLastDay", "2026-08-31"), Map.entry("unpaid", true),
                Map.entry("ownInitiativeUnderWorkRules", true), Map.entry("businessOrder", false),
                Map.entry("dismissalPlanned", false), Map.entry("workerAgeAtLeaveStart", 35),
                Map.entry("enrolmentYears", 12), Map.entry("insuredMonthsInLastTwoYears", 24),
                Map.entry("monthlyWagesYen", List.of(300_000, 300_000, 300_000, 300_000, 300_000, 300_000))));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        long id = filed.json().get("id").asLong();
        runDueJobs(id);

        browser.signIn("worker1");
        browser.open("/leave/" + id);
        browser.click("apply");
        assertThat(browser.text(By.id("flash"))).contains("支給申請を受け付けました");
        runDueJobs(id);
        decideEligible(id);

        today("2026-05-31");
        runDueJobs(id);
        browser.open("/leave/" + id);
        browser.click("declare");
        assertThat(browser.text(By.id("trainingAttended-error"))).contains("選択してください");
        browser.screenshot("06-declaration-errors");

        browser.click("trainingAttended");
        browser.type("daysWorkedOrPaid", "0");
        browser.click("declare");

        assertThat(browser.text(By.id("flash"))).contains("認定申告を受け付けました");
        assertThat(browser.text(By.id("periods"))).contains("申告済み");
        assertThat(browser.text(By.id("amounts"))).contains("給付日額");
        browser.screenshot("07-declaration-filed");

        browser.open("/");
        assertThat(browser.text(By.id("cases"))).contains("L-" + id);
        browser.screenshot("08-worker-dashboard");
    }

    @Test
    void employerFilesAPlanAndLaterAClaimAndSeesTheBreakdown() {
        today("2026-06-01");
        String establishment = "訓練テスト株式会社 " + System.nanoTime() % 1_000_000;
        browser.signIn("employer1");
        browser.open("/subsidy/establishments/new");
        browser.type("name", establishment);
        browser.select("industry", "SERVICES");
        browser.type("capitalYen", "10000000");
        browser.type("regularEmployees", "30");
        browser.type("insuranceOfficeNumber", "1301-123456-7");
        browser.click("submit");

        browser.selectByText("establishmentId", establishment);
        browser.select("trainingKind", "HUMAN_RESOURCE_DEVELOPMENT");
        browser.date("trainingStart", "2026-06-20");
        browser.date("trainingEnd", "2026-08-31");
        browser.type("offJtHours", "20");
        browser.type("trainees0.name", "山田 太郎");
        browser.select("trainees0.workerType", "INSURED");
        browser.type("trainees0.plannedExpenseYen", "100000");
        browser.click("submit");

        // A start on 20 June must be filed by 20 May: the page names the window and keeps what was typed.
        assertThat(browser.text(By.id("plan-window"))).contains("2025年12月20日").contains("2026年5月20日");
        assertThat(browser.value("trainees0.name")).isEqualTo("山田 太郎");
        browser.screenshot("09-plan-outside-its-window");

        browser.date("trainingStart", "2026-08-03");
        browser.click("submit");
        assertThat(browser.text(By.id("flash"))).contains("訓練計画届を受け付けました");
        long planId = Long.parseLong(browser.currentPath().replaceAll("^/subsidy/(\\d+).*$", "$1"));
        browser.screenshot("10-plan-filed");
        String pid = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("subsidy-plan-" + planId).singleResult().getId();
        runDueJobs(pid);

        browser.click("change-plan");
        assertThat(browser.value("trainees0.name")).isEqualTo("山田 太郎");
        browser.type("trainees0.plannedExpenseYen", "120000");
        browser.click("submit-change");
        assertThat(browser.text(By.id("flash"))).contains("計画の変更を受け付けました");
        runDueJobs(pid);
        complete(pid, "Task_ReviewPlan", Map.of("planDecision", "APPROVE"));
        runDueJobs(pid);
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 9, 1).atStartOfDay(TOKYO).toInstant()));
        runDueJobs(pid);

        today("2026-09-10");
        browser.open("/subsidy/" + planId);
        browser.type("trainees0.offJtHours", "20");
        browser.type("trainees0.expensePaidYen", "100000");
        browser.click("file-claim");
        assertThat(browser.text(By.id("flash"))).contains("支給申請を受け付けました");
        runDueJobs(pid);
        complete(pid, "Task_ReviewClaim", Map.of("claimDecision", "APPROVE"));
        runDueJobs(pid);

        browser.open("/subsidy/" + planId);
        assertThat(browser.text(By.id("status"))).isEqualTo("支給決定");
        assertThat(browser.text(By.cssSelector("table.breakdown"))).contains("山田 太郎").contains("45,000 円");
        assertThat(browser.text(By.id("claim-total"))).isEqualTo("60,200 円");
        browser.screenshot("11-claim-paid-with-breakdown");

        today("2026-10-01");
        browser.open("/subsidy/" + planId);
        browser.date("wagePaidOn", "2026-09-25");
        browser.click("file-premium");
        assertThat(browser.text(By.id("traineeIds-error"))).contains("選択してください");
        browser.waitFor(By.cssSelector("input[name='traineeIds']")).click();
        browser.click("file-premium");
        assertThat(browser.text(By.id("flash"))).contains("割増分の支給申請を受け付けました");

        browser.open("/");
        assertThat(browser.text(By.id("cases"))).contains("S-" + planId).contains("支給決定");
        browser.screenshot("12-employer-dashboard");
    }

    private void complete(String processInstanceId, String taskKey, Map<String, Object> variables) {
        Task task = processEngine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as("open task " + taskKey).isNotNull();
        processEngine.getTaskService().complete(task.getId(), variables);
    }

    private void decideEligible(long caseId) {
        TaskService tasks = processEngine.getTaskService();
        Task decide = tasks.createTaskQuery().processInstanceBusinessKey(Long.toString(caseId))
                .taskDefinitionKey("Task_DecideEligibility").singleResult();
        assertThat(decide).as("eligibility task of case " + caseId).isNotNull();
        tasks.complete(decide.getId(), Map.of("eligible", true, "officerNote", "要件を満たしています", "failedConditions", ""));
        runDueJobs(caseId);
    }

    private void runDueJobs(long leaveCaseId) {
        runDueJobs(processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(Long.toString(leaveCaseId), "education-leave-benefit").singleResult().getId());
    }

    /** Runs the due jobs of this case's process only: other tests' instances share the database. */
    private void runDueJobs(String processInstanceId) {
        ManagementService management = processEngine.getManagementService();
        for (int round = 0; round < 50; round++) {
            List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }
}
