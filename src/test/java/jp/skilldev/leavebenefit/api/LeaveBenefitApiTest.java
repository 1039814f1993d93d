package jp.skilldev.leavebenefit.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.skilldev.platform.EngineClock;
import jp.skilldev.support.Http;
import jp.skilldev.support.IntegrationTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LeaveBenefitApiTest extends IntegrationTest {

    /** Before the leaves of these tests start, so that every wage certificate here is filed in time. */
    @BeforeEach
    void todayIsBeforeTheLeaves() {
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 4, 20).atTime(9, 0).atZone(EngineClock.TOKYO).toInstant()));
    }

    static Map<String, Object> leave(String worker, String start, String plannedLastDay) {
        Map<String, Object> body = new HashMap<>();
        body.put("workerUsername", worker);
        body.put("leaveStart", start);
        body.put("plannedLastDay", plannedLastDay);
        body.put("unpaid", true);
        body.put("ownInitiativeUnderWorkRules", true);
        body.put("businessOrder", false);
        body.put("dismissalPlanned", false);
        body.put("workerAgeAtLeaveStart", 35);
        body.put("enrolmentYears", 12);
        body.put("insuredMonthsInLastTwoYears", 24);
        body.put("monthlyWagesYen", List.of(350_000, 350_000, 350_000, 350_000, 350_000, 350_000));
        return body;
    }

    private long fileAsEmployer1(Map<String, Object> body) {
        Http.Response response = http().as("employer1", "demo").post("/api/leave-benefits", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    @Test
    void theEmployerAndTheWorkerSeeTheCaseAndNobodyElseDoes() {
        long id = fileAsEmployer1(leave("worker1", "2026-06-01", "2026-08-29"));

        assertThat(http().as("employer1", "demo").get("/api/leave-benefits/" + id).status()).isEqualTo(200);
        assertThat(http().as("worker1", "demo").get("/api/leave-benefits/" + id).text("/worker")).isEqualTo("worker1");
        assertThat(http().as("worker2", "demo").get("/api/leave-benefits/" + id).status()).isEqualTo(404);
        assertThat(http().as("employer2", "demo").get("/api/leave-benefits/" + id).status()).isEqualTo(404);
        assertThat(http().as("provider1", "demo").get("/api/leave-benefits/" + id).status()).isEqualTo(404);
        assertThat(http().as("worker1", "demo").get("/api/leave-benefits").json().findValuesAsText("id")).contains(Long.toString(id));
        assertThat(http().as("worker2", "demo").get("/api/leave-benefits").json().findValuesAsText("id")).doesNotContain(Long.toString(id));
        assertThat(http().as("employer2", "demo").get("/api/leave-benefits").json().findValuesAsText("id")).doesNotContain(Long.toString(id));
    }

    @Test
    void anotherWorkerCannotFileTheFirstApplicationOfSomeoneElsesCase() {
        long id = fileAsEmployer1(leave("worker1", "2026-06-01", "2026-08-29"));

        assertThat(http().as("worker2", "demo").post("/api/leave-benefits/" + id + "/initial-application", "{}").status())
                .isEqualTo(404);
        assertThat(http().as("employer1", "demo").post("/api/leave-benefits/" + id + "/initial-application", "{}").status())
                .isEqualTo(403);
    }

    @Test
    void onlyAnEmployerFilesALeave() {
        assertThat(http().as("worker1", "demo").post("/api/leave-benefits", leave("worker1", "2026-06-01", "2026-08-29"))
                .status()).isEqualTo(403);
    }

    @Test
    void theWageCertificateDeadlineIsRolledPastTheGoldenWeekHolidays() {
        long id = fileAsEmployer1(leave("worker1", "2026-04-25", "2026-07-23"));

        Http.Response response = http().as("employer1", "demo").get("/api/leave-benefits/" + id);

        // 10 days counted from 2026-04-25 end on Monday 2026-05-04 (Greenery Day); 5 May and the substitute holiday
        // of 6 May follow, so the certificate is due on 2026-05-07.
        assertThat(response.text("/wageCertificate/nominalDeadline")).isEqualTo("2026-05-04");
        assertThat(response.text("/wageCertificate/deadline")).isEqualTo("2026-05-07");
        assertThat(response.text("/initialApplication/nominalDeadline")).isEqualTo("2026-05-24");
        assertThat(response.text("/initialApplication/deadline")).isEqualTo("2026-05-25");
        assertThat(response.text("/status")).isEqualTo("AWAITING_INITIAL_APPLICATION");
    }

    @Test
    void missingFlagsAndAnUnknownWorkerAreNamed() {
        Map<String, Object> body = leave("worker1", "2026-06-01", "2026-08-29");
        body.remove("unpaid");
        body.remove("businessOrder");
        body.put("monthlyWagesYen", List.of(1, 2, 3));

        Http.Response response = http().as("employer1", "demo").post("/api/leave-benefits", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("unpaid", "businessOrder", "monthlyWagesYen");

        Http.Response unknown = http().as("employer1", "demo").post("/api/leave-benefits", leave("provider1", "2026-06-01", "2026-08-29"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text("/errors/0/field")).isEqualTo("workerUsername");
    }

    @Test
    void aLeaveEndingBeforeItStartsIsRefused() {
        Http.Response response = http().as("employer1", "demo").post("/api/leave-benefits", leave("worker1", "2026-06-01", "2026-05-31"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/errors/0/field")).isEqualTo("plannedLastDay");
    }

    @Test
    void theFirstApplicationIsFiledOnce() {
        long id = fileAsEmployer1(leave("worker1", "2026-06-01", "2026-08-29"));

        Http.Response first = http().as("worker1", "demo").post("/api/leave-benefits/" + id + "/initial-application", "{}");
        Http.Response second = http().as("worker1", "demo").post("/api/leave-benefits/" + id + "/initial-application", "{}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.text("/status")).isEqualTo("AWAITING_DECISION");
        assertThat(second.status()).isEqualTo(409);
    }
}
