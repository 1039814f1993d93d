package jp.skilldev.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The results file as spreadsheets save it: BOM, CRLF, quoted thousands, "ー" for counts not given. */
class ResultsCsvTest {

    private static final String HEADER = "type,field,planned,capacity,entrants,students,completers,employed";

    private static List<ResultsCsv.LineError> refusal(String csv) {
        return catchThrowableOfType(ResultsCsv.RejectedFile.class, () -> ResultsCsv.parse(csv)).errors();
    }

    @Test
    void aSpreadsheetExportWithBomCrlfAndQuotedThousandsIsRead() {
        List<TrainingResult> results = ResultsCsv.parse("\uFEFF" + HEADER + "\r\n"
                + "in-service,機構,\"1,643\",ー,1286.5,－,,\r\n"
                + "\"commissioned\",total,931,829,464,544,436,337\r\n");

        assertThat(results).hasSize(2);
        TrainingResult inService = results.get(0);
        assertThat(inService.planned()).isEqualByComparingTo("1643");
        assertThat(inService.entrants()).isEqualByComparingTo("1286.5");
        assertThat(inService.capacity()).isNull();
        assertThat(inService.students()).isNull();
        assertThat(results.get(1).isTotal()).isTrue();
    }

    @Test
    void columnsMayComeInAnyOrderWithApplicantsOptional() {
        TrainingResult result = ResultsCsv.parse("employed,completers,students,entrants,capacity,planned,field,type,applicants\n"
                + "8,10,20,20,25,30,事務系,commissioned,40\n").get(0);
        assertThat(result.applicants()).isEqualByComparingTo("40");
        assertThat(result.employed()).isEqualByComparingTo("8");
        assertThat(result.planned()).isEqualByComparingTo("30");
    }

    @Test
    void anEmptyFileOrAHeaderAloneIsRefused() {
        assertThat(refusal("")).extracting(ResultsCsv.LineError::line).containsExactly(1);
        assertThat(refusal(HEADER + "\n")).extracting(ResultsCsv.LineError::message)
                .containsExactly("the file has a header but no result lines");
    }

    @Test
    void everyBadCellOfEveryLineIsReported() {
        List<ResultsCsv.LineError> errors = refusal(HEADER + "\n"
                + "commissioned,事務系,-1,10,10.25,10,10,10\n"
                + "commissioned,技術系,10,10,10,10\n"
                + "commissioned,\"IT系,10,10,10,10,10,10\n");

        assertThat(errors).extracting(e -> e.line() + ":" + e.column()).containsExactly(
                "2:planned", "2:entrants", "3:null", "4:null");
        assertThat(errors.get(2).message()).contains("6 cells", "8");
        assertThat(errors.get(3).message()).contains("quoted cell is not closed");
    }

    @Test
    void employedMayEqualButNotExceedCompleters() {
        assertThat(ResultsCsv.parse(HEADER + "\ncommissioned,事務系,10,10,10,10,10,10\n")).hasSize(1);
        assertThat(refusal(HEADER + "\ncommissioned,事務系,10,10,10,10,10,11\n"))
                .extracting(ResultsCsv.LineError::column).containsExactly("employed");
    }
}
