package jp.skilldev.council.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import jp.skilldev.support.Http.Response;
import jp.skilldev.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Each test uses its own prefecture and year: the database is shared by the whole test run. */
class CouncilResultsApiTest extends IntegrationTest {

    /** Seed 001 資料1-2 令和６年度 (lines 112–118, 166–169) and 資料1-3 委託訓練 by field (lines 243–249). */
    private static final String GUNMA_2024 = """
            type,field,planned,capacity,applicants,entrants,students,completers,employed
            in-facility,合計,441,441,,324,324,266,234
            commissioned,介護・医療・福祉系,299,200,131,115,,40,37
            commissioned,ＩＴ系,123,48,39,35,,37,26
            commissioned,ｅラーニング,15,0,0,0,,,
            commissioned,合計,931,829,,464,544,436,337
            in-service,機構,"1,643",ー,ー,1286.5,ー,ー,ー
            disability,,62,50,,23,,22,13
            """;

    private Response upload(String user, String path, String contentType, byte[] body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (user != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
            }
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Response postCsv(String user, String path, String csv) {
        return upload(user, path, "text/csv; charset=utf-8", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode line(JsonNode kpis, String type, String field) {
        for (JsonNode t : kpis.get("types")) {
            if (t.get("type").asText().equals(type)) {
                if (field == null) {
                    return t.get("total");
                }
                for (JsonNode f : t.get("fields")) {
                    if (f.get("field").asText().equals(field)) {
                        return f;
                    }
                }
            }
        }
        throw new AssertionError("no " + type + " " + field + " in " + kpis);
    }

    @Test
    void secretariatImportsTheSeedsResultsAndGetsThePublishedPercentages() {
        Response imported = postCsv("reviewer", "/api/council/gunma/2024/results", GUNMA_2024);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("added").asInt()).isEqualTo(7);

        JsonNode kpis = http().as("reviewer", "demo").get("/api/council/gunma/2024/kpis").json();
        assertThat(kpis.get("prefectureName").asText()).isEqualTo("群馬県");
        assertThat(kpis.get("fiscalYearName").asText()).isEqualTo("令和6年度");
        JsonNode inFacility = line(kpis, "in-facility", null);
        assertThat(inFacility.get("capacityFillRatePercent").decimalValue()).isEqualByComparingTo("73.5");
        assertThat(inFacility.get("employmentRatePercent").decimalValue()).isEqualByComparingTo("88.0");
        assertThat(inFacility.get("employmentTargetPercent").decimalValue()).isEqualByComparingTo("82.5");
        assertThat(inFacility.get("employmentTargetAchieved").asBoolean()).isTrue();
        JsonNode commissioned = line(kpis, "commissioned", null);
        assertThat(commissioned.get("capacityFillRatePercent").decimalValue()).isEqualByComparingTo("56.0");
        assertThat(commissioned.get("planExecutionRatePercent").decimalValue()).isEqualByComparingTo("49.8");
        assertThat(commissioned.get("employmentRatePercent").decimalValue()).isEqualByComparingTo("77.3");
        assertThat(line(kpis, "commissioned", "ＩＴ系").get("flag").asText()).isEqualTo("HIGH_APPLICATIONS_LOW_EMPLOYMENT");
        assertThat(line(kpis, "commissioned", "介護・医療・福祉系").get("flag").asText()).isEqualTo("LOW_APPLICATIONS_HIGH_EMPLOYMENT");
        assertThat(line(kpis, "commissioned", "ｅラーニング").has("capacityFillRatePercent")).isFalse();
        assertThat(line(kpis, "in-service", "機構").get("planExecutionRatePercent").decimalValue()).isEqualByComparingTo("78.3");
        assertThat(line(kpis, "disability", null).get("planExecutionRatePercent").decimalValue()).isEqualByComparingTo("37.1");
        assertThat(kpis.get("targetsSource").asText()).contains("council-targets", "令和６年度");
    }

    @Test
    void theCheckGradesDisabilityTrainingAgainstLastYearsGrade() {
        postCsv("reviewer", "/api/council/tochigi/2022/results", """
                type,field,planned,capacity,entrants,students,completers,employed
                disability,合計,41,50,25,25,20,6
                """);
        postCsv("reviewer", "/api/council/tochigi/2023/results", """
                type,field,planned,capacity,entrants,students,completers,employed
                disability,合計,50,50,41,41,20,7
                """);

        JsonNode pdca = http().as("reviewer", "demo").get("/api/council/tochigi/2023/kpis").json().get("disabilityPdca");

        assertThat(pdca.get("previousGrade").asText()).isEqualTo("D-");
        assertThat(pdca.get("executionRatePercent").decimalValue()).isEqualByComparingTo("82.0");
        assertThat(pdca.get("grade").asText()).isEqualTo("C-");
        assertThat(pdca.get("nextPlanChangePercent").decimalValue()).isEqualByComparingTo("-10");
        assertThat(pdca.get("improvementPlanRequired").asBoolean()).isTrue();
        assertThat(pdca.get("ministryHearing").asBoolean()).isTrue();
    }

    @Test
    void aFileWithBadLinesIsRefusedLineByLineAndNothingOfItIsStored() {
        Response refused = postCsv("reviewer", "/api/council/saga/2024/results", """
                type,field,planned,capacity,entrants,students,completers,employed
                commissioned,事務系,296,248,171,171,100,80
                catering,事務系,10,10,10,10,10,10
                commissioned,技術系,90,55,many,44,10,11
                commissioned,事務系,1,1,1,1,1,1
                """);

        assertThat(refused.status()).isEqualTo(400);
        JsonNode errors = refused.json().get("errors");
        assertThat(errors.findValuesAsText("field")).containsExactly("line[3].type", "line[4].entrants", "line[4].employed",
                "line[5].field");
        assertThat(refused.body()).contains("'catering' is not a training type", "repeats commissioned 事務系 of line 2");
        assertThat(http().as("reviewer", "demo").get("/api/council/saga/2024/kpis").status()).isEqualTo(404);
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedAtItsHeader() {
        Response refused = postCsv("reviewer", "/api/council/saga/2023/results", "type,field,planned,colour\n");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsText("field")).contains("line[1].colour", "line[1].capacity");
    }

    @Test
    void aLaterImportReplacesTheSameTypeAndFieldAndKeepsTheOthers() {
        String path = "/api/council/ibaraki/2024/results";
        postCsv("reviewer", path, "type,field,planned,capacity,entrants,students,completers,employed\n"
                + "commissioned,事務系,100,100,50,50,,\ncommissioned,技術系,100,100,50,50,,\n");
        Response second = postCsv("reviewer", path, "type,field,planned,capacity,entrants,students,completers,employed\n"
                + "commissioned,事務系,100,100,80,80,,\n");

        assertThat(second.json().get("replaced").asInt()).isEqualTo(1);
        JsonNode kpis = http().as("reviewer", "demo").get("/api/council/ibaraki/2024/kpis").json();
        assertThat(line(kpis, "commissioned", "事務系").get("capacityFillRatePercent").decimalValue()).isEqualByComparingTo("80.0");
        assertThat(line(kpis, "commissioned", "技術系").get("capacityFillRatePercent").decimalValue()).isEqualByComparingTo("50.0");
    }

    @Test
    void aMultipartUploadSavedByExcelInShiftJisIsRead() {
        String boundary = "----council";
        Charset sjis = Charset.forName("windows-31j");
        String part = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + "type,field,planned,capacity,entrants,students,completers,employed\r\n"
                + "離職者訓練（委託訓練）,介護・医療・福祉系,299,200,115,115,40,37\r\n"
                + "--" + boundary + "--\r\n";

        Response imported = upload("reviewer", "/api/council/chiba/2024/results",
                "multipart/form-data; boundary=" + boundary, part.getBytes(sjis));

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonNode kpis = http().as("reviewer", "demo").get("/api/council/chiba/2024/kpis").json();
        assertThat(line(kpis, "commissioned", "介護・医療・福祉系").get("capacityFillRatePercent").decimalValue())
                .isEqualByComparingTo("57.5");
    }

    @Test
    void theReportShowsTablesAndABarChartPerTypeJapaneseFirst() {
        postCsv("reviewer", "/api/council/nagano/2024/results", GUNMA_2024.replace("ＩＴ系", "<b>IT</b>"));

        Response report = http().as("reviewer", "demo").get("/api/council/nagano/2024/report");

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.contentType()).startsWith("text/html");
        assertThat(report.body()).contains("<title>長野県 令和6年度 公的職業訓練の実施状況 / ", "<table>", "<svg",
                "定員充足率 / Fill rate", "73.5%", "計画数 / Planned: 299", "入校者数 / Entrants: 115",
                "応募倍率が高く、就職率が低い分野", "障害者委託訓練 PDCA 評価");
        assertThat(report.body()).doesNotContain("<b>IT</b>").contains("&lt;b&gt;IT&lt;/b&gt;");
    }

    @Test
    void applicantsAreRefusedAndStrangersMustLogIn() {
        assertThat(postCsv("provider1", "/api/council/gunma/2024/results", GUNMA_2024).status()).isEqualTo(403);
        assertThat(http().as("employer1", "demo").get("/api/council/gunma/2024/kpis").status()).isEqualTo(403);
        assertThat(http().as("worker1", "demo").get("/api/council/gunma/2024/report").status()).isEqualTo(403);
        assertThat(postCsv(null, "/api/council/gunma/2024/results", GUNMA_2024).status()).isEqualTo(401);
    }

    @Test
    void unknownPrefecturesAndImpossibleYearsAreRefused() {
        assertThat(http().as("reviewer", "demo").get("/api/council/atlantis/2024/kpis").status()).isEqualTo(404);
        assertThat(http().as("reviewer", "demo").get("/api/council/gunma/1999/kpis").status()).isEqualTo(400);
        assertThat(http().as("reviewer", "demo").get("/api/council/gunma/twenty/kpis").status()).isEqualTo(400);
    }
}
