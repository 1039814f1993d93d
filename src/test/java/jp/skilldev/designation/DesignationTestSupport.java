package jp.skilldev.designation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.skilldev.notification.OutboxSender;
import jp.skilldev.platform.EngineClock;
import jp.skilldev.support.Http;
import jp.skilldev.support.IntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;

/** What the designation tests share: filing as a provider, moving the day, running due jobs, reading mail. */
abstract class DesignationTestSupport extends IntegrationTest {

    @Autowired
    DesignationApplicationRepository applications;

    @Autowired
    ManagementService managementService;

    @Autowired
    TaskService taskService;

    @Autowired
    OutboxSender outboxSender;

    static void today(String date) {
        ClockUtil.setCurrentTime(Date.from(LocalDate.parse(date).atTime(9, 0).atZone(EngineClock.TOKYO).toInstant()));
    }

    static String uniqueCourse(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> filing(String courseName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("courseName", courseName);
        body.put("tier", "SPECIFIC_GENERAL");
        body.put("field", "介護・福祉");
        body.put("prefecture", "群馬県");
        body.put("trainingHours", 130);
        body.put("durationMonths", 4);
        body.put("deliveryMode", "CLASSROOM");
        body.put("targetQualification", "介護職員初任者研修");
        body.put("feeYen", 98000);
        body.put("trackRecordSince", "2024-04-01");
        body.put("facilityManager", "高橋 一郎");
        body.put("complaintsOfficer", "鈴木 恵");
        return body;
    }

    Http provider1() {
        return http().as("provider1", "demo");
    }

    Http provider2() {
        return http().as("provider2", "demo");
    }

    /** Files as provider1 and returns the new application's id. */
    long submit(String courseName) {
        Http.Response response = provider1().post("/api/designation-applications", filing(courseName));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    DesignationApplication application(long id) {
        return applications.findById(id).orElseThrow();
    }

    String processInstanceId(long id) {
        return application(id).getProcessInstanceId();
    }

    /** Executes the jobs of the application's process that are due now, until none is left. */
    void runDueJobs(long id) {
        String processInstanceId = processInstanceId(id);
        for (int round = 0; round < 20; round++) {
            List<Job> due = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
        throw new AssertionError("jobs keep coming for application " + id);
    }

    Task reviewTask(long id) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId(id))
                .taskDefinitionKey("Task_ReviewApplication").initializeFormKeys().singleResult();
    }

    void review(long id, String decision, String comment) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("decision", decision);
        if (comment != null) {
            variables.put("reviewComment", comment);
        }
        taskService.complete(reviewTask(id).getId(), variables);
        runDueJobs(id);
    }

    /** Filed, checked and approved on the given day. */
    long approved(String courseName, String day) {
        today(day);
        long id = submit(courseName);
        runDueJobs(id);
        review(id, "APPROVE", null);
        return id;
    }

    /** Sends what is due in the outbox and returns the subjects of the mails about this course. */
    List<String> mailedSubjects(String courseName) {
        outboxSender.sendDue();
        return Arrays.stream(greenMail.getReceivedMessages())
                .map(DesignationTestSupport::subject)
                .filter(subject -> subject.contains(courseName))
                .toList();
    }

    String mailBody(String courseName, String subjectPart) {
        outboxSender.sendDue();
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> subject(m).contains(courseName) && subject(m).contains(subjectPart))
                .map(DesignationTestSupport::body).findFirst().orElseThrow();
    }

    private static String subject(MimeMessage message) {
        try {
            return MimeUtility.decodeText(message.getSubject());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
