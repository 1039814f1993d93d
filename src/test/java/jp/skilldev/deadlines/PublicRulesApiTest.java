package jp.skilldev.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import jp.skilldev.support.Http;
import jp.skilldev.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class PublicRulesApiTest extends IntegrationTest {

    @Test
    void claimDeadlineForTrainingEndingOnMonthEndIsTheLastDayTwoMonthsLater() {
        Http.Response response = http().get("/api/public/deadlines?rule=SUBSIDY_CLAIM&date=2025-01-31");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("/rule")).isEqualTo("SUBSIDY_CLAIM");
        assertThat(response.text("/from")).isEqualTo("2025-01-31");
        assertThat(response.text("/nominalDeadline")).isEqualTo("2025-03-31");
        assertThat(response.text("/deadline")).isEqualTo("2025-03-31");
        assertThat(response.text("/basis/en")).contains("2 months from the day after training end 2025-01-31");
        assertThat(response.text("/basis/ja")).contains("翌日から起算して2か月");
    }

    @Test
    void claimDeadlineOnGoldenWeekRollsToTheNextBusinessDay() {
        Http.Response response = http().get("/api/public/deadlines?rule=SUBSIDY_CLAIM&date=2025-03-04");

        assertThat(response.text("/nominalDeadline")).isEqualTo("2025-05-04");
        assertThat(response.text("/deadline")).isEqualTo("2025-05-07");
        assertThat(response.text("/basis/en")).contains("moved to the next business day 2025-05-07");
    }

    @Test
    void eachStatutoryDeadlineCountsItsOwnPeriod() {
        assertThat(http().get("/api/public/deadlines?rule=SUBSIDY_WAGE_PREMIUM&date=2025-06-25").text("/deadline"))
                .isEqualTo("2025-11-25");
        assertThat(http().get("/api/public/deadlines?rule=LEAVE_WAGE_CERTIFICATE&date=2025-10-01").text("/deadline"))
                .isEqualTo("2025-10-10");
        assertThat(http().get("/api/public/deadlines?rule=LEAVE_INITIAL_APPLICATION&date=2025-10-01").text("/deadline"))
                .isEqualTo("2025-10-30");
    }

    @Test
    void planWindowGivesTheEarliestAndTheLatestFilingDay() {
        Http.Response response = http().get("/api/public/deadlines?rule=SUBSIDY_PLAN&date=2026-10-01");

        assertThat(response.text("/earliest")).isEqualTo("2026-04-01");
        assertThat(response.text("/deadline")).isEqualTo("2026-09-01");
    }

    @Test
    void unknownRuleIsRefusedNamingTheParameter() {
        Http.Response response = http().get("/api/public/deadlines?rule=SUBSIDY_BONUS&date=2025-01-31");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("/errors/0/field")).isEqualTo("rule");
        assertThat(response.text("/detail")).contains("SUBSIDY_CLAIM");
    }

    @Test
    void malformedDateIsRefusedNamingTheParameter() {
        Http.Response response = http().get("/api/public/deadlines?rule=SUBSIDY_CLAIM&date=2025-02-30");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("/errors/0/field")).isEqualTo("date");
        assertThat(response.text("/errors/0/rule")).isEqualTo("format");
    }

    @Test
    void missingDateIsRefusedNamingTheParameter() {
        Http.Response response = http().get("/api/public/deadlines?rule=SUBSIDY_CLAIM");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/errors/0/field")).isEqualTo("date");
        assertThat(response.text("/errors/0/rule")).isEqualTo("required");
    }

    @Test
    void dateOutsideTheCalendarRangeIsRefusedNotFailed() {
        Http.Response response = http().get("/api/public/deadlines?rule=SUBSIDY_CLAIM&date=1970-01-01");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/errors/0/rule")).isEqualTo("date-range");
    }

    @Test
    void aprilApplicationIsDesignatedFromOctoberForThreeYears() {
        Http.Response response = http().get("/api/public/designation/schedule?applicationDate=2026-04-15");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("accepted").asBoolean()).isTrue();
        assertThat(response.text("/window/opens")).isEqualTo("2026-04-01");
        assertThat(response.text("/window/closes")).isEqualTo("2026-04-30");
        assertThat(response.text("/designatedFrom")).isEqualTo("2026-10-01");
        assertThat(response.text("/designatedUntil")).isEqualTo("2029-09-30");
    }

    @Test
    void applicationBetweenWindowsIsToldTheNextWindow() {
        Http.Response response = http().get("/api/public/designation/schedule?applicationDate=2026-05-15");

        assertThat(response.json().get("accepted").asBoolean()).isFalse();
        assertThat(response.text("/nextWindow/opens")).isEqualTo("2026-10-01");
        assertThat(response.text("/nextWindow/closes")).isEqualTo("2026-10-31");
    }

    @Test
    void scheduleWithoutDateIsRefusedNamingTheParameter() {
        Http.Response response = http().get("/api/public/designation/schedule");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/errors/0/field")).isEqualTo("applicationDate");
    }
}
