package jp.skilldev.council;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.skilldev.council.DisabilityTrainingGrade.PdcaEvaluation;
import jp.skilldev.council.TrainingKpis.TypeKpis;
import jp.skilldev.ruledata.Effective;
import jp.skilldev.ruledata.RuleBook;
import jp.skilldev.ruledata.RuleDataException;
import jp.skilldev.ruledata.TypedRuleTable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A prefecture's yearly results: imported from the secretariat's files, checked against the year's targets. */
@Service
public class CouncilResults {

    public static final String TARGETS_TABLE = "council-targets";

    private final TrainingResultRepository repository;
    private final TypedRuleTable<TrainingTargets> targets;
    private final DisabilityTrainingPdca pdca;
    private final Clock clock;

    public CouncilResults(TrainingResultRepository repository, RuleBook ruleBook, DisabilityTrainingPdca pdca, Clock clock) {
        this.repository = repository;
        this.targets = ruleBook.typed(TARGETS_TABLE, TrainingTargets.class);
        this.pdca = pdca;
        this.clock = clock;
    }

    public record ImportSummary(int added, int replaced) {
    }

    /** Stores every line of the file or, when any line is bad ({@link ResultsCsv.RejectedFile}), none. */
    @Transactional
    public ImportSummary importCsv(Prefecture prefecture, FiscalYear year, String csv, String importedBy) {
        List<TrainingResult> parsed = ResultsCsv.parse(csv);
        Map<String, TrainingResultRecord> stored = new HashMap<>();
        for (TrainingResultRecord record : repository.findByPrefectureAndFiscalYearOrderByIdAsc(prefecture, year.year())) {
            stored.put(record.trainingType() + "/" + record.field(), record);
        }
        int replaced = 0;
        for (TrainingResult result : parsed) {
            TrainingResultRecord record = stored.get(result.type().code() + "/" + result.field());
            if (record == null) {
                record = new TrainingResultRecord(prefecture, year, result.type(), result.field());
            } else {
                replaced++;
            }
            record.replaceWith(result, clock.instant(), importedBy);
            repository.save(record);
        }
        return new ImportSummary(parsed.size() - replaced, replaced);
    }

    @Transactional(readOnly = true)
    public List<TrainingResult> results(Prefecture prefecture, FiscalYear year) {
        return repository.findByPrefectureAndFiscalYearOrderByIdAsc(prefecture, year.year()).stream()
                .map(TrainingResultRecord::toResult).toList();
    }

    /**
     * The council's check of a year (第1回協議会): KPIs against the targets, and the disability training
     * PDCA grade when the year's disability results allow it, with last year's grade from last year's results.
     */
    @Transactional(readOnly = true)
    public Optional<CouncilCheck> check(Prefecture prefecture, FiscalYear year) {
        List<TrainingResult> results = results(prefecture, year);
        if (results.isEmpty()) {
            return Optional.empty();
        }
        Optional<Effective<TrainingTargets>> yearTargets = targetsFor(year);
        List<TypeKpis> kpis = TrainingKpis.compute(results,
                yearTargets.map(Effective::value).orElse(new TrainingTargets(Map.of())));
        PdcaGrade previous = pdcaOf(year.previous(), results(prefecture, year.previous()), null)
                .map(PdcaEvaluation::grade).orElse(null);
        return Optional.of(new CouncilCheck(prefecture, year, yearTargets.orElse(null), kpis,
                pdcaOf(year, results, previous).orElse(null), previous));
    }

    private Optional<Effective<TrainingTargets>> targetsFor(FiscalYear year) {
        try {
            return Optional.of(targets.on(year.start()));
        } catch (RuleDataException noTargetsPublishedForThatYear) {
            return Optional.empty();
        }
    }

    /** Trained is the year's entrants (訓練受講者数); employment is employed ÷ completers. */
    private Optional<PdcaEvaluation> pdcaOf(FiscalYear year, List<TrainingResult> results, PdcaGrade previous) {
        List<TrainingResult> disability = results.stream().filter(r -> r.type() == TrainingType.DISABILITY).toList();
        if (disability.isEmpty()) {
            return Optional.empty();
        }
        TrainingResult total = TrainingKpis.compute(disability, new TrainingTargets(Map.of())).get(0).total().line();
        if (total.planned() == null || total.planned().signum() <= 0 || total.entrants() == null
                || total.completers() == null || total.completers().signum() <= 0 || total.employed() == null
                || total.planned().stripTrailingZeros().scale() > 0 || total.entrants().stripTrailingZeros().scale() > 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(pdca.evaluate(year, total.planned().longValueExact(), total.entrants().longValueExact(),
                    new Ratio(total.employed(), total.completers()), previous));
        } catch (RuleDataException noPdcaRulesForThatYear) {
            return Optional.empty();
        }
    }

    /** What the first meeting of the year looks at. */
    public record CouncilCheck(Prefecture prefecture, FiscalYear year, Effective<TrainingTargets> targets,
                               List<TypeKpis> kpis, PdcaEvaluation disabilityPdca, PdcaGrade previousPdcaGrade) {
    }
}
