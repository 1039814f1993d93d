package jp.skilldev.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.skilldev.notification.OutboxSender;
import jp.skilldev.support.Http.Response;
import jp.skilldev.support.IntegrationTest;
import jp.skilldev.web.ConflictException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** One prefecture's fiscal year of {@code council-annual-cycle}, end to end on the engine clock. */
class CouncilAnnualCycleProcessTest extends IntegrationTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired
    private RuntimeService runtimeService;
    @Autowired
    private TaskService taskService;
    @Autowired
    private ManagementService managementService;
    @Autowired
    private OutboxSender outboxSender;
    @Autowired
    private CouncilCycles cycles;
    @Autowired
    private CouncilResults councilResults;
    @Autowired
    private JdbcTemplate jdbcTemplate;

    private static void today(LocalDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.atZone(TOKYO).toInstant()));
    }

    private Task task(ProcessInstance instance, String taskDefinitionKey) {
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskDefinitionKey)
                .singleResult();
        assertThat(task).as(taskDefinitionKey).isNotNull();
        return task;
    }

    private void complete(ProcessInstance instance, String taskDefinitionKey, Map<String, Object> variables) {
        taskService.complete(task(instance, taskDefinitionKey).getId(), variables);
    }

    private void executeDueJobs(ProcessInstance instance) {
        for (int round = 0; round < 5; round++) {
            List<Job> jobs = managementService.createJobQuery().processInstanceId(instance.getId()).executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> managementService.executeJob(job.getId()));
        }
    }

    private void courseWithHearings(String courseName, String provider, boolean withEmployer) {
        Response course = http().as("reviewer", "demo").post("/api/council/kagawa/2024/working-group/courses",
                Map.of("field", "介護分野", "courseName", courseName, "provider", provider));
        assertThat(course.status()).as(course.body()).isEqualTo(201);
        long courseId = course.json().get("id").asLong();
        for (String kind : withEmployer ? List.of("PROVIDER", "COMPLETER", "EMPLOYER") : List.of("PROVIDER", "COMPLETER")) {
            Response hearing = http().as("reviewer", "demo").post("/api/council/kagawa/2024/working-group/courses/" + courseId
                    + "/hearings", Map.of("kind", kind, "interviewee", kind + " of " + courseName, "heldOn", "2024-12-02",
                    "answers", List.of("回答1", "回答2", "回答3")));
            assertThat(hearing.status()).as(hearing.body()).isEqualTo(201);
        }
    }

    @Test
    void aPrefecturesYearRunsFromPlanToTheNextYearsCycle() throws Exception {
        today(LocalDateTime.of(2024, 3, 15, 10, 0));
        Response started = http().as("reviewer", "demo").post("/api/council/kagawa/2024/cycle", "");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(started.json().get("processInstanceId").asText()).singleResult();
        assertThat(instance.getBusinessKey()).isEqualTo("council:kagawa:2024");

        // Plan: an allocation that does not add up to the ceiling comes back with what is wrong (seed 資料6-2 figures).
        Map<String, Object> plan = new HashMap<>(Map.of("planAdoptedOn", "2024-03-15", "planSummary", "計画",
                "jobSeekerCeiling", 885, "jobSeekerBasic", 220, "jobSeekerPractical", 665, "jobSeekerCare", 150,
                "jobSeekerMedicalOffice", 75, "jobSeekerDigital", 200, "jobSeekerOther", 195));
        plan.put("jobSeekerELearning", 0);
        complete(instance, "Task_AdoptPlan", plan);
        assertThat(instance).isWaitingAt("Task_AdoptPlan");
        assertThat((String) runtimeService.getVariable(instance.getId(), "planProblems")).contains("ｅラーニング 0", "665");
        plan.put("jobSeekerELearning", 45);
        complete(instance, "Task_AdoptPlan", plan);

        // Do: completing the import step without results sends the secretariat back to it.
        complete(instance, "Task_ImportResults", Map.of());
        assertThat(instance).isWaitingAt("Task_ImportResults");
        councilResults.importCsv(Prefecture.KAGAWA, new FiscalYear(2024), """
                type,field,planned,capacity,entrants,students,completers,employed
                disability,合計,50,50,41,41,20,12
                commissioned,介護系,100,80,60,60,50,40
                """, "reviewer");
        complete(instance, "Task_ImportResults", Map.of());

        // Check at the first meeting: the PDCA grade is computed for the form; the meeting sets the follow-up deadlines.
        assertThat(instance).isWaitingAt("Task_HoldFirstMeeting").variables().containsEntry("pdcaGrade", "A+");
        today(LocalDateTime.of(2024, 10, 21, 15, 0));
        complete(instance, "Task_HoldFirstMeeting", Map.of("meetingDate", "2024-10-21", "workingGroupField", "介護分野",
                "policyDraft", "介護分野の応募倍率向上"));
        // 14 days counted from 2024-10-22 end on 2024-11-04, a substitute holiday: due 2024-11-05.
        Task publish = task(instance, "Task_PublishMaterials_FirstMeeting");
        assertThat(publish.getDueDate()).isEqualTo(Date.from(LocalDateTime.of(2024, 11, 5, 17, 0).atZone(TOKYO).toInstant()));
        assertThat(task(instance, "Task_ReportToMinistry_FirstMeeting").getDueDate()).isEqualTo(publish.getDueDate());

        // A reminder three days before the deadline, mailed to the secretariat.
        today(LocalDateTime.of(2024, 11, 2, 9, 1));
        executeDueJobs(instance);
        outboxSender.sendDue();
        MimeMessage[] mails = greenMail.getReceivedMessages();
        assertThat(mails).extracting(MimeMessage::getSubject)
                .anySatisfy(s -> assertThat(s).contains("資料・議事録の公表", "2024-11-05"))
                .anySatisfy(s -> assertThat(s).contains("厚生労働省への報告", "2024-11-05"));
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("reviewer@example.jp");
        assertThat(mails[0].getContent().toString()).contains("2024-10-21");
        assertThat(runtimeService.getVariable(instance.getId(), "meetingDate")).isNull();
        complete(instance, "Task_PublishMaterials_FirstMeeting", Map.of("publishedUrl", "https://jsite.mhlw.go.jp/kagawa"));
        complete(instance, "Task_ReportToMinistry_FirstMeeting", Map.of("reportedOn", "2024-11-05"));

        // The working group cannot report with two courses; the form says what is missing.
        courseWithHearings("介護職員初任者研修科A", "A介護学院", true);
        courseWithHearings("介護職員初任者研修科B", "B福祉カレッジ", true);
        complete(instance, "Task_RecordHearings", Map.of());
        assertThat(instance).isWaitingAt("Task_RecordHearings");
        assertThat((String) runtimeService.getVariable(instance.getId(), "wgMissing")).contains("2コース", "3コース以上");
        courseWithHearings("介護職員実務者研修科", "C医療専門学校", false);
        complete(instance, "Task_RecordHearings", Map.of());
        assertThat((String) runtimeService.getVariable(instance.getId(), "wgMissing")).contains("採用企業のヒアリングがありません")
                .doesNotContain("2コース");
        Response employer = http().as("reviewer", "demo").get("/api/council/kagawa/2024/working-group");
        assertThat(employer.json().get("mayReport").asBoolean()).isFalse();
        long thirdCourse = jdbcCourseId("介護職員実務者研修科");
        assertThat(http().as("reviewer", "demo").post("/api/council/kagawa/2024/working-group/courses/" + thirdCourse + "/hearings",
                Map.of("kind", "EMPLOYER", "interviewee", "C社", "heldOn", "2024-12-03", "answers", List.of("a", "b", "c")))
                .status()).isEqualTo(201);
        complete(instance, "Task_RecordHearings", Map.of());
        complete(instance, "Task_ReportWorkingGroupFindings", Map.of("wgWhatWorks", "実例を交えた講義",
                "wgToImprove", "デジタル技術", "wgCurriculumMeasures", "基礎的ITリテラシーを追加"));

        // Act: the second meeting adopts next year's plan; its own follow-ups; then the year closes.
        today(LocalDateTime.of(2025, 2, 20, 14, 0));
        complete(instance, "Task_HoldSecondMeeting", Map.of("meetingDate", "2025-02-20", "nextPlanSummary", "令和7年度計画"));
        assertThat(task(instance, "Task_PublishMaterials_SecondMeeting").getDueDate())
                .isEqualTo(Date.from(LocalDateTime.of(2025, 3, 6, 17, 0).atZone(TOKYO).toInstant()));
        complete(instance, "Task_PublishMaterials_SecondMeeting", Map.of("publishedUrl", "https://jsite.mhlw.go.jp/kagawa/2"));
        complete(instance, "Task_ReportToMinistry_SecondMeeting", Map.of("reportedOn", "2025-03-03"));
        executeDueJobs(instance);

        assertThat(instance).isEnded();
        assertThat(cycles.find(Prefecture.KAGAWA, new FiscalYear(2024)).orElseThrow().closedOn()).isEqualTo(LocalDate.of(2025, 2, 20));
        ProcessInstance next = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("council:kagawa:2025")
                .singleResult();
        assertThat(next).isNotNull();
        assertThat(next).isWaitingAt("Task_AdoptPlan");

        Response timeline = http().as("reviewer", "demo").get("/api/council/kagawa/2024/timeline");
        assertThat(timeline.json().get("meetings").toString()).isEqualTo("[\"2024-10-21\",\"2025-02-20\"]");
        assertThat(timeline.body()).contains("資料・議事録の公表", "\"due\":\"2024-11-05\"");
    }

    private long jdbcCourseId(String courseName) {
        return jdbcTemplate.queryForObject("select id from council_wg_course where course_name = ?", Long.class, courseName);
    }

    @Test
    void theYearDoesNotCloseWithFewerThanTwoMeetings() {
        CouncilCycles.Cycle cycle = cycles.start(Prefecture.KOCHI, new FiscalYear(2024));
        cycles.recordMeeting(cycle.id(), LocalDate.of(2024, 11, 12));

        assertThatThrownBy(() -> cycles.close(cycle.id(), LocalDate.of(2025, 3, 1)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("at least 2");
        cycles.recordMeeting(cycle.id(), LocalDate.of(2025, 2, 25));
        cycles.close(cycle.id(), LocalDate.of(2025, 3, 1));
        assertThat(cycles.find(Prefecture.KOCHI, new FiscalYear(2024)).orElseThrow().closedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void applicantsCannotStartOrSeeACycleAndAYearStartsOnce() {
        assertThat(http().as("provider1", "demo").post("/api/council/ehime/2024/cycle", "").status()).isEqualTo(403);
        assertThat(http().as("worker1", "demo").get("/api/council/ehime/2024/timeline").status()).isEqualTo(403);
        assertThat(http().as("reviewer", "demo").post("/api/council/ehime/2024/cycle", "").status()).isEqualTo(201);
        assertThat(http().as("reviewer", "demo").post("/api/council/ehime/2024/cycle", "").status()).isEqualTo(409);
    }

    @Test
    void aHearingWithoutAllMandatoryAnswersIsRefused() {
        http().as("reviewer", "demo").post("/api/council/saitama/2024/cycle", "");
        long courseId = http().as("reviewer", "demo").post("/api/council/saitama/2024/working-group/courses",
                Map.of("field", "IT分野", "courseName", "Webプログラミング科", "provider", "D校")).json().get("id").asLong();
        String path = "/api/council/saitama/2024/working-group/courses/" + courseId + "/hearings";

        Response twoAnswers = http().as("reviewer", "demo").post(path, Map.of("kind", "COMPLETER", "interviewee", "修了者",
                "heldOn", "2024-12-02", "answers", List.of("a", "b")));
        Response blankAnswer = http().as("reviewer", "demo").post(path, Map.of("kind", "COMPLETER", "interviewee", "修了者",
                "heldOn", "2024-12-02", "answers", List.of("a", " ", "c")));

        assertThat(twoAnswers.status()).isEqualTo(400);
        assertThat(twoAnswers.body()).contains("answers", "就職後に役に立ったもの");
        assertThat(blankAnswer.status()).isEqualTo(400);
        assertThat(blankAnswer.body()).contains("answers");
    }
}
