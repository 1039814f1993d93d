package jp.skilldev.designation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.skilldev.support.Http;
import org.junit.jupiter.api.Test;

/** The designation-application API: window, field and duplicate refusals, and tenancy. */
class DesignationApiTest extends DesignationTestSupport {

    @Test
    void applicationOnCultureDayAfterTheRolledCloseIsRefusedWithTheNextWindowAndNothingIsStored() {
        String course = uniqueCourse("窓口外");
        today("2026-11-03");
        long before = applications.count();

        Http.Response response = provider1().post("/api/designation-applications", filing(course));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("/rule")).isEqualTo("designation-window");
        assertThat(response.text("/nextWindow/opens")).isEqualTo("2027-04-01");
        assertThat(response.text("/nextWindow/lastFilingDay")).isEqualTo("2027-04-30");
        assertThat(response.text("/nextWindow/designatedFrom")).isEqualTo("2027-10-01");
        assertThat(applications.count()).isEqualTo(before);
    }

    @Test
    void applicationOnTheMondayAfterASaturdayCloseIsAccepted() {
        today("2026-11-02");

        Http.Response response = provider1().post("/api/designation-applications", filing(uniqueCourse("月曜受付")));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.text("/status")).isEqualTo("SUBMITTED");
        assertThat(response.text("/window/name")).isEqualTo("OCTOBER");
        assertThat(response.text("/window/lastFilingDay")).isEqualTo("2026-11-02");
        assertThat(response.text("/designatedFromIfApproved")).isEqualTo("2027-04-01");
        assertThat(response.location()).endsWith("/api/designation-applications/" + response.text("/id"));
    }

    @Test
    void missingAndInvalidFieldsAreEachNamed() {
        today("2026-10-05");
        Map<String, Object> body = filing(uniqueCourse("不備"));
        body.remove("courseName");
        body.put("trainingHours", 0);
        body.put("feeYen", -1);

        Http.Response response = provider1().post("/api/designation-applications", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field"))
                .contains("courseName", "trainingHours", "feeYen");
    }

    @Test
    void unknownTierAndFutureTrackRecordAreRefusedNamingTheField() {
        today("2026-10-05");
        Map<String, Object> badTier = filing(uniqueCourse("区分不明"));
        badTier.put("tier", "PLATINUM");
        assertThat(provider1().post("/api/designation-applications", badTier).text("/errors/0/field")).isEqualTo("tier");

        Map<String, Object> future = filing(uniqueCourse("実績未来"));
        future.put("trackRecordSince", "2026-10-06");
        Http.Response response = provider1().post("/api/designation-applications", future);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/errors/0/field")).isEqualTo("trackRecordSince");
    }

    @Test
    void secondOpenApplicationForTheSameCourseIsAConflict() {
        today("2026-10-05");
        String course = uniqueCourse("重複");
        assertThat(provider1().post("/api/designation-applications", filing(course)).status()).isEqualTo(201);

        Http.Response second = provider1().post("/api/designation-applications", filing(course));

        assertThat(second.status()).isEqualTo(409);
        assertThat(provider2().post("/api/designation-applications", filing(course)).status()).isEqualTo(201);
    }

    @Test
    void anotherProviderCannotReadCorrectOrWithdrawAnApplicationNorSeeTasks() {
        today("2026-10-05");
        long id = submit(uniqueCourse("他社"));
        runDueJobs(id);
        String path = "/api/designation-applications/" + id;

        assertThat(provider2().get(path).status()).isEqualTo(404);
        assertThat(provider2().post(path + "/correction", Map.of("answer", "x")).status()).isEqualTo(404);
        assertThat(provider2().post(path + "/withdraw", "").status()).isEqualTo(404);
        assertThat(provider2().get("/api/designation-applications").json().get("items").findValuesAsText("id"))
                .doesNotContain(String.valueOf(id));
        assertThat(provider2().get("/engine-rest/task?processInstanceBusinessKey=" + id).status()).isEqualTo(401);
        assertThat(provider1().get(path).status()).isEqualTo(200);
        assertThat(application(id).getStatus()).isEqualTo(DesignationStatus.IN_REVIEW);
    }

    @Test
    void ownListIsPagedNewestFirst() {
        today("2026-10-05");
        long older = submit(uniqueCourse("一覧A"));
        long newer = submit(uniqueCourse("一覧B"));

        Http.Response page = provider1().get("/api/designation-applications?page=0");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("size").asInt()).isEqualTo(DesignationApplications.PAGE_SIZE);
        assertThat(page.json().get("items").findValuesAsText("id")).containsSubsequence(
                String.valueOf(newer), String.valueOf(older));
    }

    @Test
    void onlyTrainingProvidersFileDesignationApplications() {
        today("2026-10-05");

        assertThat(http().as("employer1", "demo").post("/api/designation-applications", filing(uniqueCourse("雇用主")))
                .status()).isEqualTo(403);
        assertThat(http().post("/api/designation-applications", filing(uniqueCourse("匿名"))).status()).isEqualTo(401);
    }

    @Test
    void publicRegisterFiltersByPrefectureFieldAndTier() {
        String course = uniqueCourse("登録簿 絞込");
        long id = approved(course, "2026-04-10");
        today("2026-10-01");
        String key = course.substring(course.lastIndexOf(' ') + 1);

        assertThat(http().get("/api/public/designated-courses?q=" + key + "&prefecture=群馬県&tier=SPECIFIC_GENERAL")
                .json().get("items").findValuesAsText("id")).containsExactly(String.valueOf(id));
        assertThat(http().get("/api/public/designated-courses?q=" + key + "&prefecture=東京都").json().get("total").asInt())
                .isZero();
        assertThat(http().get("/api/public/designated-courses?q=" + key + "&tier=GENERAL").json().get("total").asInt())
                .isZero();
        assertThat(http().get("/api/public/designated-courses?tier=GOLD").text("/errors/0/field")).isEqualTo("tier");
        assertThat(http().get("/api/public/designated-courses?q=" + "x".repeat(101)).text("/errors/0/field")).isEqualTo("q");
        assertThat(http().get("/api/public/designated-courses?page=-1").text("/errors/0/field")).isEqualTo("page");
    }
}
