package jp.skilldev.council.api;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.util.List;
import jp.skilldev.council.CouncilResults;
import jp.skilldev.council.CouncilResults.CouncilCheck;
import jp.skilldev.council.CouncilResults.ImportSummary;
import jp.skilldev.council.DisabilityTrainingGrade.PdcaEvaluation;
import jp.skilldev.council.FieldFlag;
import jp.skilldev.council.FiscalYear;
import jp.skilldev.council.Prefecture;
import jp.skilldev.council.Ratio;
import jp.skilldev.council.ResultsCsv;
import jp.skilldev.council.TrainingKpis.Kpis;
import jp.skilldev.council.TrainingKpis.TypeKpis;
import jp.skilldev.council.TrainingResult;
import jp.skilldev.security.CurrentUser;
import jp.skilldev.web.FieldError;
import jp.skilldev.web.InvalidRequestException;
import jp.skilldev.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The council secretariat's results: CSV import, the KPIs of the check, and the check as an HTML page. Staff only. */
@RestController
class CouncilResultsController {

    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private final CouncilResults councilResults;
    private final CurrentUser currentUser;

    CouncilResultsController(CouncilResults councilResults, CurrentUser currentUser) {
        this.councilResults = councilResults;
        this.currentUser = currentUser;
    }

    @PostMapping(path = "/api/council/{prefecture}/{fiscalYear}/results",
            consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ImportSummary importCsv(@PathVariable String prefecture, @PathVariable int fiscalYear, @RequestBody(required = false) byte[] body) {
        return importFile(prefecture, fiscalYear, body);
    }

    @PostMapping(path = "/api/council/{prefecture}/{fiscalYear}/results", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportSummary importUpload(@PathVariable String prefecture, @PathVariable int fiscalYear,
                               @RequestParam("file") MultipartFile file) throws IOException {
        return importFile(prefecture, fiscalYear, file.getBytes());
    }

    private ImportSummary importFile(String prefectureSlug, int fiscalYear, byte[] body) {
        requireStaff();
        Prefecture prefecture = prefecture(prefectureSlug);
        FiscalYear year = fiscalYear(fiscalYear);
        try {
            return councilResults.importCsv(prefecture, year, decode(body), currentUser.username());
        } catch (ResultsCsv.RejectedFile rejected) {
            throw new InvalidRequestException(rejected.errors().stream()
                    .map(e -> new FieldError("line[" + e.line() + "]" + (e.column() == null ? "" : "." + e.column()),
                            "results-csv", e.message()))
                    .toList());
        }
    }

    @GetMapping("/api/council/{prefecture}/{fiscalYear}/kpis")
    KpiReport kpis(@PathVariable String prefecture, @PathVariable int fiscalYear) {
        return KpiReport.of(check(prefecture, fiscalYear));
    }

    @GetMapping(path = "/api/council/{prefecture}/{fiscalYear}/report", produces = MediaType.TEXT_HTML_VALUE)
    String report(@PathVariable String prefecture, @PathVariable int fiscalYear) {
        return CouncilCheckPage.render(check(prefecture, fiscalYear));
    }

    private CouncilCheck check(String prefectureSlug, int fiscalYear) {
        requireStaff();
        Prefecture prefecture = prefecture(prefectureSlug);
        FiscalYear year = fiscalYear(fiscalYear);
        return councilResults.check(prefecture, year)
                .orElseThrow(() -> new NotFoundException("results of " + prefecture.slug() + " for fiscal year", fiscalYear));
    }

    private void requireStaff() {
        if (!currentUser.isStaff()) {
            throw new AccessDeniedException("the council's results are for the council secretariat");
        }
    }

    private static Prefecture prefecture(String slug) {
        return Prefecture.ofSlug(slug).orElseThrow(() -> new NotFoundException("prefecture", slug));
    }

    private static FiscalYear fiscalYear(int fiscalYear) {
        if (fiscalYear < 2000 || fiscalYear > 2098) {
            throw new InvalidRequestException("fiscalYear", "range", "the fiscal year must be between 2000 and 2098");
        }
        return new FiscalYear(fiscalYear);
    }

    /** UTF-8 (with or without BOM); files saved by Excel in Japanese Windows arrive as Shift_JIS (Windows-31J). */
    private static String decode(byte[] body) {
        if (body == null) {
            return "";
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(body, WINDOWS_31J);
        }
    }

    /** The KPIs as JSON: percentages rounded half up to one decimal as in the council's tables; exact judgements. */
    record KpiReport(String prefecture, String prefectureName, int fiscalYear, String fiscalYearName, String targetsSource,
                     List<TypeView> types, PdcaView disabilityPdca) {

        static KpiReport of(CouncilCheck check) {
            return new KpiReport(check.prefecture().slug(), check.prefecture().japanese(), check.year().year(),
                    check.year().japanese(), check.targets() == null ? null : check.targets().citation() + " " + check.targets().source(),
                    check.kpis().stream().map(TypeView::of).toList(),
                    check.disabilityPdca() == null ? null : PdcaView.of(check.disabilityPdca(), check.previousPdcaGrade()));
        }
    }

    record TypeView(String type, String typeName, LineView total, List<LineView> fields) {

        static TypeView of(TypeKpis kpis) {
            return new TypeView(kpis.type().code(), kpis.type().japanese() + " / " + kpis.type().english(),
                    LineView.of(kpis.total()), kpis.fields().stream().map(LineView::of).toList());
        }
    }

    record LineView(String field, BigDecimal planned, BigDecimal capacity, BigDecimal applicants, BigDecimal entrants,
                    BigDecimal students, BigDecimal completers, BigDecimal employed,
                    BigDecimal capacityFillRatePercent, BigDecimal planExecutionRatePercent,
                    BigDecimal applicationRatioPercent, BigDecimal employmentRatePercent,
                    BigDecimal employmentTargetPercent, Boolean employmentTargetAchieved, String flag, String flagName) {

        static LineView of(Kpis kpis) {
            TrainingResult line = kpis.line();
            FieldFlag flag = kpis.flag();
            return new LineView(line.field(), line.planned(), line.capacity(), line.applicants(), line.entrants(),
                    line.students(), line.completers(), line.employed(), pct(kpis.capacityFillRate()),
                    pct(kpis.planExecutionRate()), pct(kpis.applicationRatio()), pct(kpis.employmentRate()),
                    kpis.employmentTargetPercent(), kpis.employmentTargetAchieved(),
                    flag == null ? null : flag.name(), flag == null ? null : flag.japanese() + " / " + flag.english());
        }
    }

    record PdcaView(BigDecimal executionRatePercent, String grade, BigDecimal nextPlanChangePercent,
                    boolean improvementPlanRequired, boolean ministryHearing, String previousGrade) {

        static PdcaView of(PdcaEvaluation evaluation, jp.skilldev.council.PdcaGrade previous) {
            return new PdcaView(evaluation.executionRatePercent(), evaluation.grade().label(),
                    evaluation.nextPlanChangePercent(), evaluation.improvementPlanRequired(), evaluation.ministryHearing(),
                    previous == null ? null : previous.label());
        }
    }

    static BigDecimal pct(Ratio ratio) {
        return ratio == null ? null : ratio.percentRounded(1);
    }
}
