package jp.skilldev.designation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.skilldev.security.StaffGroups;
import jp.skilldev.support.Http;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One test per path of the BPMN {@code course-designation}, on PostgreSQL, with timers fired by moving the clock. */
class CourseDesignationProcessTest extends DesignationTestSupport {

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    FormService formService;

    /** The variable keys of the Camunda Form that Tasklist shows for the task. */
    private List<String> deployedFormKeys(String taskId) {
        try (InputStream form = formService.getDeployedTaskForm(taskId)) {
            return new ObjectMapper().readTree(form).get("components").findValuesAsText("key");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ProcessInstance instance(long id) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId(id)).singleResult();
    }

    private JsonNode register(String courseName) {
        return http().get("/api/public/designated-courses?q=" + courseName.substring(courseName.lastIndexOf(' ') + 1)).json();
    }

    @Test
    void reviewerSeesTheChecksAndDatesAndApprovalIsMailedOnceAndListedFromTheFirstDay() {
        String course = uniqueCourse("介護職員初任者研修 承認");
        today("2026-10-05");
        long id = submit(course);
        assertThat(application(id).getStatus()).isEqualTo(DesignationStatus.SUBMITTED);

        runDueJobs(id);

        Task task = reviewTask(id);
        assertThat(application(id).getStatus()).isEqualTo(DesignationStatus.IN_REVIEW);
        assertThat(taskService.getIdentityLinksForTask(task.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo(StaffGroups.DESIGNATION_REVIEWERS));
        assertThat(task.getCamundaFormRef().getKey()).isEqualTo("course-designation-review");
        Map<String, Object> shown = taskService.getVariables(task.getId());
        assertThat(shown).containsEntry("designatedFrom", "2027-04-01").containsEntry("designatedUntil", "2030-03-31")
                .containsEntry("criteriaAllMet", true);
        assertThat((String) shown.get("criteriaSummary")).contains("✔ 事業実績").contains("designation-criteria");
        assertThat(deployedFormKeys(task.getId())).contains("criteriaSummary", "criteriaAllMet", "designatedFrom",
                "designatedUntil", "decision", "reviewComment");

        review(id, "APPROVE", null);

        assertThat(application(id).getStatus()).isEqualTo(DesignationStatus.APPROVED);
        assertThat(instance(id)).isWaitingAt("Timer_RenewalWindowOpens");
        assertThat(mailedSubjects(course)).singleElement().asString().startsWith("講座指定のお知らせ");
        assertThat(mailBody(course, "講座指定")).contains("2027-04-01 から 2030-03-31 まで");

        // The step retried: the designation is recorded again, the provider is not mailed again.
        runtimeService.createProcessInstanceModification(processInstanceId(id))
                .startBeforeActivity("ServiceTask_RecordDesignation").execute();
        runDueJobs(id);
        assertThat(mailedSubjects(course)).hasSize(1);

        today("2027-03-31");
        assertThat(register(course).get("total").asLong()).isZero();
        today("2027-04-01");
        JsonNode listed = register(course);
        assertThat(listed.get("total").asLong()).isEqualTo(1);
        assertThat(listed.at("/items/0/provider").asText()).isEqualTo("株式会社みらい職業スクール");
        assertThat(listed.at("/items/0/designatedUntil").asText()).isEqualTo("2030-03-31");
        today("2030-03-31");
        assertThat(register(course).get("total").asLong()).isEqualTo(1);
        today("2030-04-01");
        assertThat(register(course).get("total").asLong()).isZero();
    }

    @Test
    void rejectionWithoutReasonsIsRefusedAndWithReasonsIsMailed() {
        String course = uniqueCourse("簿記講座 不指定");
        today("2026-10-05");
        long id = submit(course);
        runDueJobs(id);
        String taskId = reviewTask(id).getId();

        assertThatThrownBy(() -> taskService.complete(taskId, Map.of("decision", "REJECT")))
                .hasMessageContaining("REJECT requires a reviewComment");
        assertThatThrownBy(() -> taskService.complete(taskId, Map.of("decision", "REJECT", "reviewComment", "  ")))
                .hasMessageContaining("reviewComment");
        assertThatThrownBy(() -> taskService.complete(taskId, Map.of("decision", "MAYBE")))
                .hasMessageContaining("decision must be one of");
        assertThat(reviewTask(id)).isNotNull();

        review(id, "REJECT", "訓練時間の記載と実績資料が一致しません");

        assertThat(application(id).getStatus()).isEqualTo(DesignationStatus.REJECTED);
        assertThat(instance(id)).isNull();
        assertThat(mailedSubjects(course)).singleElement().asString().startsWith("講座不指定のお知らせ");
        assertThat(mailBody(course, "不指定")).contains("理由: 訓練時間の記載と実績資料が一致しません");
        assertThat(provider1().get("/api/designation-applications/" + id).text("/reviewComment"))
                .isEqualTo("訓練時間の記載と実績資料が一致しません");
    }

    @Test
    void answeredCorrectionReturnsToReviewWithTheChecksRunAgain() {
        String course = uniqueCourse("MOS対策講座 補正");
        today("2026-10-05");
        Map<String, Object> filing = filing(course);
        filing.remove("complaintsOfficer");
        long id = provider1().post("/api/designation-applications", filing).json().get("id").asLong();
        runDueJobs(id);
        assertThat(taskService.getVariable(reviewTask(id).getId(), "criteriaAllMet")).isEqualTo(false);
        assertThat((String) taskService.getVariable(reviewTask(id).getId(), "criteriaSummary"))
                .contains("✘ 苦情受付者 が未記載");

        review(id, "REQUEST_CORRECTION", "苦情受付者を記載してください");

        // Requested on Monday 2026-10-05: day 14 is Sunday 2026-10-18, so the reply is due Monday 2026-10-19.
        Http.Response requested = provider1().get("/api/designation-applications/" + id);
        assertThat(requested.text("/status")).isEqualTo("CORRECTION_REQUESTED");
        assertThat(requested.text("/correctionDue")).isEqualTo("2026-10-19");
        assertThat(requested.text("/openDeadlines/0/date")).isEqualTo("2026-10-19");
        assertThat(mailBody(course, "補正のお願い")).contains("苦情受付者を記載してください").contains("2026-10-19");

        today("2026-10-08");
        Http.Response answered = provider1().post("/api/designation-applications/" + id + "/correction",
                Map.of("answer", "苦情受付者を追記しました", "complaintsOfficer", "鈴木 恵"));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        runDueJobs(id);

        assertThat(application(id).getStatus()).isEqualTo(DesignationStatus.IN_REVIEW);
        Task again = reviewTask(id);
        assertThat(taskService.getVariable(again.getId(), "criteriaAllMet")).isEqualTo(true);
        assertThat(taskService.getVariable(again.getId(), "correctionAnswer")).isEqualTo("苦情受付者を追記しました");
        assertThat(taskService.getVariable(again.getId(), "decision")).isNull();
        assertThat(managementService.createJobQuery().processInstanceId(processInstanceId(id)).timers().count()).isZero();
        assertThat(provider1().get("/api/designation-applications/" + id).json().get("history").findValuesAsText("step"))
                .containsExactly("SUBMITTED", "CRITERIA_CHECKED", "CORRECTION_REQUESTED", "CORRECTION_ANSWERED",
                        "CRITERIA_CHECKED");

        review(id, "APPROVE", null);
        assertThat(application(id).getStatus()).isEqualTo(DesignationStatus.APPROVED);
    }

    @Test
    void unansweredCorrectionIsRemindedThreeDaysBeforeAndLapsesAfterTheRolledDeadline() {
        String course = uniqueCourse("大型自動車免許 失効");
        today("2026-10-05");
        long id = submit(course);
        runDueJobs(id);
        review(id, "REQUEST_CORRECTION", "実績資料を添付してください");

        today("2026-10-15");
        runDueJobs(id);
        assertThat(mailedSubjects(course)).hasSize(1);

        today("2026-10-16");
        runDueJobs(id);
        assertThat(mailedSubjects(course)).hasSize(2).last().asString().startsWith("補正回答期限が近づいています");

        today("2026-10-19");
        runDueJobs(id);
        assertThat(application(id).getStatus()).isEqualTo(DesignationStatus.CORRECTION_REQUESTED);

        today("2026-10-20");
        runDueJobs(id);
        assertThat(application(id).getStatus()).isEqualTo(DesignationStatus.LAPSED);
        assertThat(instance(id)).isNull();
        assertThat(mailedSubjects(course)).hasSize(3).last().asString().startsWith("指定申請の失効");
        assertThat(provider1().post("/api/designation-applications/" + id + "/correction", Map.of("answer", "遅れました"))
                .status()).isEqualTo(409);
    }

    @Test
    void designationIsRemindedWhenTheRenewalWindowOpensAndExpiresAfterItsLastDay() {
        String course = uniqueCourse("ITパスポート講座 満了");
        long id = approved(course, "2026-10-05");

        today("2029-09-30");
        runDueJobs(id);
        assertThat(mailedSubjects(course)).hasSize(1);
        today("2029-10-01");
        runDueJobs(id);
        assertThat(mailedSubjects(course)).hasSize(2).last().asString().contains("Designation ends 2030-03-31");
        assertThat(mailBody(course, "Designation ends")).contains("2029-10-01 から 2029-10-31 まで");

        today("2030-03-31");
        runDueJobs(id);
        assertThat(application(id).getStatus()).isEqualTo(DesignationStatus.APPROVED);

        today("2030-04-01");
        runDueJobs(id);
        assertThat(application(id).getStatus()).isEqualTo(DesignationStatus.EXPIRED);
        assertThat(instance(id)).isNull();
        assertThat(mailedSubjects(course)).hasSize(3).last().asString().startsWith("指定期間満了");
    }

    @Test
    void renewalDesignatedBeforeExpiryTakesOverTheNextDayWithoutAnExpiryMail() {
        String course = uniqueCourse("専門実践 看護 更新");
        long first = approved(course, "2026-10-05");

        today("2029-10-05");
        runDueJobs(first);
        long renewal = submit(course);
        assertThat(application(renewal).getRenewsApplicationId()).isEqualTo(first);
        runDueJobs(renewal);
        review(renewal, "APPROVE", null);
        assertThat(application(renewal).getDesignatedFrom()).isEqualTo(LocalDate.of(2030, 4, 1));
        assertThat(application(renewal).getDesignatedUntil()).isEqualTo(LocalDate.of(2033, 3, 31));

        today("2030-04-01");
        runDueJobs(first);

        assertThat(application(first).getStatus()).isEqualTo(DesignationStatus.RENEWED);
        assertThat(mailedSubjects(course)).noneMatch(subject -> subject.contains("Designation ended"));
        JsonNode listed = register(course);
        assertThat(listed.get("total").asLong()).isEqualTo(1);
        assertThat(listed.at("/items/0/id").asLong()).isEqualTo(renewal);
    }

    @Test
    void withdrawnApplicationEndsItsReviewAndCannotBeWithdrawnTwice() {
        String course = uniqueCourse("Webデザイン 取下げ");
        today("2026-10-05");
        long id = submit(course);
        runDueJobs(id);

        Http.Response withdrawn = provider1().post("/api/designation-applications/" + id + "/withdraw", "");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.text("/status")).isEqualTo("WITHDRAWN");
        assertThat(instance(id)).isNull();
        assertThat(provider1().post("/api/designation-applications/" + id + "/withdraw", "").status()).isEqualTo(409);
        // The course may be filed again once nothing is open for it.
        assertThat(provider1().post("/api/designation-applications", filing(course)).status()).isEqualTo(201);
    }

    @Test
    void withdrawalWhileACorrectionIsAwaitedCancelsItsReminderAndLapse() {
        String course = uniqueCourse("簿記 補正中取下げ");
        today("2026-10-05");
        long id = submit(course);
        runDueJobs(id);
        review(id, "REQUEST_CORRECTION", "受講料の内訳を示してください");
        assertThat(managementService.createJobQuery().processInstanceId(processInstanceId(id)).timers().count())
                .isEqualTo(2);

        assertThat(provider1().post("/api/designation-applications/" + id + "/withdraw", "").text("/status"))
                .isEqualTo("WITHDRAWN");

        assertThat(instance(id)).isNull();
        assertThat(managementService.createJobQuery().processInstanceId(processInstanceId(id)).count()).isZero();
        assertThat(mailedSubjects(course)).singleElement().asString().startsWith("補正のお願い");
    }

    @Test
    void reviewerApprovesThroughTheEngineRestApiAfterAReasonlessRejectionFailsWithAClearMessage() {
        String course = uniqueCourse("Tasklist 承認");
        today("2026-10-05");
        long id = submit(course);
        runDueJobs(id);
        String taskId = reviewTask(id).getId();
        Http reviewer = http().as("reviewer", "demo");

        Http.Response refused = reviewer.post("/engine-rest/task/" + taskId + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"REJECT\"}}}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("/message")).contains("REJECT requires a reviewComment giving the reasons");
        assertThat(reviewTask(id).getId()).isEqualTo(taskId);

        Http.Response done = reviewer.post("/engine-rest/task/" + taskId + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"}}}");
        assertThat(done.status()).as(done.body()).isIn(200, 204);
        runDueJobs(id);
        assertThat(application(id).getStatus()).isEqualTo(DesignationStatus.APPROVED);
        assertThat(mailedSubjects(course)).singleElement().asString().startsWith("講座指定のお知らせ");
    }
}
