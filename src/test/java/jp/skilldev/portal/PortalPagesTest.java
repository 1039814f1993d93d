package jp.skilldev.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import jp.skilldev.support.Http;
import jp.skilldev.support.IntegrationTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

/** The portal's pages over plain HTTP, in the main suite: who reaches what, and the public estimators' answers. */
class PortalPagesTest extends IntegrationTest {

    @Test
    void casePagesSendAVisitorWhoIsNotSignedInToTheSignInPage() {
        Http.Response page = http().get("/designation/1");

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/signin");
    }

    @Test
    void signInPageIsJapaneseFirstAndLabelsItsFields() {
        Http.Response page = http().get("/signin");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"ja\"").contains("<label for=\"username\">ユーザー名")
                .contains("<label for=\"password\">パスワード").contains("name=\"_csrf\"");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        Http.Response posted = http().post("/designation", "{}");

        assertThat(posted.status()).isEqualTo(403);
    }

    @Test
    void withdrawingAnApplicationTwiceShowsTheRefusalOnAPageAndKeepsTheCase() throws Exception {
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 4, 21).atTime(LocalTime.NOON)
                .atZone(ZoneId.of("Asia/Tokyo")).toInstant()));
        Http.Response filed = http().as("provider1", "demo").post("/api/designation-applications", Map.ofEntries(
                Map.entry("courseName", "取下げ確認講座 " + System.nanoTime()), Map.entry("tier", "GENERAL"),
                Map.entry("field", "IT"), Map.entry("prefecture", "東京都"), Map.entry("trainingHours", 60),
                Map.entry("durationMonths", 3), Map.entry("deliveryMode", "ONLINE"), Map.entry("feeYen", 50000),
                Map.entry("trackRecordSince", "2022-04-01"), Map.entry("facilityManager", "田中"),
                Map.entry("complaintsOfficer", "鈴木")));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        long id = filed.json().get("id").asLong();
        BrowserSession provider = BrowserSession.signIn(port, "provider1");

        HttpResponse<String> first = provider.post("/designation/" + id + "/withdraw", "");
        HttpResponse<String> second = provider.post("/designation/" + id + "/withdraw", "");

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("id=\"refused\"").contains("WITHDRAWN");
    }

    @Test
    void aPassedDeadlineIsNamedWithItsDateAndWhatCanStillBeDone() throws Exception {
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 5, 1).atTime(LocalTime.NOON)
                .atZone(ZoneId.of("Asia/Tokyo")).toInstant()));
        Map<String, Object> leave = new HashMap<>(Map.of("workerUsername", "worker2", "leaveStart", "2026-05-01",
                "plannedLastDay", "2026-07-31", "unpaid", true, "ownInitiativeUnderWorkRules", true,
                "businessOrder", false, "dismissalPlanned", false, "workerAgeAtLeaveStart", 40, "enrolmentYears", 10));
        leave.put("insuredMonthsInLastTwoYears", 24);
        Http.Response filed = http().as("employer2", "demo").post("/api/leave-benefits", leave);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        long id = filed.json().get("id").asLong();
        // 10 days counted from 1 May end on Sunday 10 May: the deadline moves to Monday 11 May.
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 5, 12).atTime(LocalTime.NOON)
                .atZone(ZoneId.of("Asia/Tokyo")).toInstant()));

        String page = BrowserSession.signIn(port, "employer2").get("/leave/" + id).body();

        assertThat(page).contains("賃金月額証明書の提出期限").contains("2026年5月11日（月）").contains("1 日経過")
                .contains("この期限は過ぎています").contains("遅れた理由を添えてすぐに提出してください");
    }

    @Test
    void designationEstimatorNamesTheWindowOnItsLastFilingDayAndTheNextWindowADayLater() {
        // 30 April 2026 is a Thursday, so the April window closes on its published last day.
        Http.Response onLastDay = http().get("/estimate/designation?applicationDate=2026-04-30&estimate=1");
        Http.Response dayAfter = http().get("/estimate/designation?applicationDate=2026-05-01&estimate=1");

        assertThat(onLastDay.body()).contains("受付期間内です").contains("2026年10月1日（木）");
        assertThat(dayAfter.body()).contains("受付期間外です").contains("2026年10月1日（木）").contains("2026年11月2日（月）");
    }

    @Test
    void estimatorShowsNoErrorsOnTheFirstVisitAndNamesTheMissingFieldsOnceAsked() {
        Http.Response firstVisit = http().get("/estimate/leave-benefit");
        Http.Response asked = http().get("/estimate/leave-benefit?age=&leaveStart=2026-06-01&estimate=1");

        assertThat(firstVisit.body()).doesNotContain("field-error");
        assertThat(asked.body()).contains("id=\"age-error\"").contains("aria-describedby=\"age-error\"")
                .doesNotContain("id=\"leaveStart-error\"").contains("value=\"2026-06-01\"");
    }

    @Test
    void subsidyEstimatorShowsTheLineByLineAmount() {
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 4, 1).atTime(LocalTime.NOON)
                .atZone(ZoneId.of("Asia/Tokyo")).toInstant()));
        Http.Response page = http().get("/estimate/subsidy?trainingKind=HUMAN_RESOURCE_DEVELOPMENT&companySize=SME"
                + "&workerType=INSURED&hours=20&expensePaidYen=100000&planDate=2026-04-01&estimate=1");

        assertThat(page.body()).contains("60,200 円").contains("EXPENSE_SUBSIDY").contains("WAGE_SUBSIDY");
    }
}
