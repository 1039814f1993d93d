package jp.skilldev.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingPlanChecksTest {

    private static final LocalDate FILED = LocalDate.of(2025, 2, 3);
    private static final LocalDate START = LocalDate.of(2025, 4, 1);

    private final TrainingPlanChecks checks = new TrainingPlanChecks(SubsidyRuleData.RULE_BOOK);

    private static PlannedTraining plan(TrainingKind kind, LocalDate end, String offJt, String ojt,
                                        PlannedTraining.PlannedTrainee... trainees) {
        return new PlannedTraining(kind, START, end, new BigDecimal(offJt), new BigDecimal(ojt), List.of(trainees));
    }

    private static PlannedTraining.PlannedTrainee trainee(WorkerType type, TrainingKind... already) {
        return new PlannedTraining.PlannedTrainee("山田 太郎", type, List.of(already));
    }

    private PlanCheck named(PlannedTraining plan, String name) {
        return checks.check(plan, FILED).stream().filter(c -> c.name().startsWith(name)).findFirst().orElseThrow();
    }

    @Test
    void humanResourceDevelopmentNeedsTenOffJtHours() {
        LocalDate end = START.plusDays(2);
        assertThat(named(plan(TrainingKind.HUMAN_RESOURCE_DEVELOPMENT, end, "9.5", "0"), "OFF_JT_HOURS").passed()).isFalse();
        assertThat(named(plan(TrainingKind.HUMAN_RESOURCE_DEVELOPMENT, end, "10", "0"), "OFF_JT_HOURS").passed()).isTrue();
    }

    @Test
    void humanResourceDevelopmentListsOnlyItsOwnRequirements() {
        List<PlanCheck> result = checks.check(plan(TrainingKind.HUMAN_RESOURCE_DEVELOPMENT, START, "10", "0",
                trainee(WorkerType.INSURED)), FILED);

        assertThat(result).extracting(PlanCheck::name).containsExactly("OFF_JT_HOURS",
                "WORKER_TYPE_FITS_KIND[山田 太郎]", "ONCE_PER_FISCAL_YEAR[山田 太郎]");
        assertThat(result).allMatch(PlanCheck::passed);
    }

    @Test
    void certifiedWorkStudyLastsAtLeastSixMonths() {
        assertThat(named(plan(TrainingKind.CERTIFIED_WORK_STUDY, LocalDate.of(2025, 9, 29), "300", "300"),
                "DURATION_MINIMUM").passed()).isFalse();
        assertThat(named(plan(TrainingKind.CERTIFIED_WORK_STUDY, LocalDate.of(2025, 9, 30), "300", "300"),
                "DURATION_MINIMUM").passed()).isTrue();
    }

    @Test
    void certifiedWorkStudyLastsAtMostTwoYears() {
        assertThat(named(plan(TrainingKind.CERTIFIED_WORK_STUDY, LocalDate.of(2027, 3, 31), "900", "900"),
                "DURATION_MAXIMUM").passed()).isTrue();
        assertThat(named(plan(TrainingKind.CERTIFIED_WORK_STUDY, LocalDate.of(2027, 4, 1), "900", "900"),
                "DURATION_MAXIMUM").passed()).isFalse();
    }

    @Test
    void certifiedWorkStudyOfOneYearNeeds850Hours() {
        LocalDate end = LocalDate.of(2026, 3, 31);
        assertThat(named(plan(TrainingKind.CERTIFIED_WORK_STUDY, end, "424.5", "425"), "HOURS_PER_PERIOD").passed()).isFalse();
        assertThat(named(plan(TrainingKind.CERTIFIED_WORK_STUDY, end, "425", "425"), "HOURS_PER_PERIOD").passed()).isTrue();
    }

    @Test
    void certifiedWorkStudyOfTwoYearsNeeds1700Hours() {
        LocalDate end = LocalDate.of(2027, 3, 31);
        assertThat(named(plan(TrainingKind.CERTIFIED_WORK_STUDY, end, "849", "850"), "HOURS_PER_PERIOD").passed()).isFalse();
        assertThat(named(plan(TrainingKind.CERTIFIED_WORK_STUDY, end, "850", "850"), "HOURS_PER_PERIOD").passed()).isTrue();
    }

    @Test
    void certifiedWorkStudyOjtShareIsTwentyToEightyPercent() {
        LocalDate end = LocalDate.of(2026, 3, 31);
        assertThat(named(plan(TrainingKind.CERTIFIED_WORK_STUDY, end, "801", "199"), "OJT_SHARE").passed()).isFalse();
        assertThat(named(plan(TrainingKind.CERTIFIED_WORK_STUDY, end, "800", "200"), "OJT_SHARE").passed()).isTrue();
        assertThat(named(plan(TrainingKind.CERTIFIED_WORK_STUDY, end, "200", "800"), "OJT_SHARE").passed()).isTrue();
        assertThat(named(plan(TrainingKind.CERTIFIED_WORK_STUDY, end, "199", "801"), "OJT_SHARE").passed()).isFalse();
    }

    @Test
    void fixedTermWorkStudyLastsAtLeastTwoMonths() {
        assertThat(named(plan(TrainingKind.FIXED_TERM_WORK_STUDY, LocalDate.of(2025, 5, 30), "100", "100"),
                "DURATION_MINIMUM").passed()).isFalse();
        assertThat(named(plan(TrainingKind.FIXED_TERM_WORK_STUDY, LocalDate.of(2025, 5, 31), "100", "100"),
                "DURATION_MINIMUM").passed()).isTrue();
    }

    @Test
    void fixedTermWorkStudyOfSixMonthsNeeds425Hours() {
        LocalDate end = LocalDate.of(2025, 9, 30);
        assertThat(named(plan(TrainingKind.FIXED_TERM_WORK_STUDY, end, "100", "324.5"), "HOURS_PER_PERIOD").passed()).isFalse();
        assertThat(named(plan(TrainingKind.FIXED_TERM_WORK_STUDY, end, "100", "325"), "HOURS_PER_PERIOD").passed()).isTrue();
    }

    @Test
    void fixedTermWorkStudyOjtShareIsTenToNinetyPercent() {
        LocalDate end = LocalDate.of(2025, 9, 30);
        assertThat(named(plan(TrainingKind.FIXED_TERM_WORK_STUDY, end, "451", "49"), "OJT_SHARE").passed()).isFalse();
        assertThat(named(plan(TrainingKind.FIXED_TERM_WORK_STUDY, end, "450", "50"), "OJT_SHARE").passed()).isTrue();
        assertThat(named(plan(TrainingKind.FIXED_TERM_WORK_STUDY, end, "50", "450"), "OJT_SHARE").passed()).isTrue();
        assertThat(named(plan(TrainingKind.FIXED_TERM_WORK_STUDY, end, "49", "451"), "OJT_SHARE").passed()).isFalse();
    }

    @Test
    void fixedTermWorkStudyIsNotForRegularInsuredWorkers() {
        LocalDate end = LocalDate.of(2025, 9, 30);
        assertThat(named(plan(TrainingKind.FIXED_TERM_WORK_STUDY, end, "200", "300", trainee(WorkerType.INSURED)),
                "WORKER_TYPE_FITS_KIND").passed()).isFalse();
        assertThat(named(plan(TrainingKind.FIXED_TERM_WORK_STUDY, end, "200", "300", trainee(WorkerType.FIXED_TERM)),
                "WORKER_TYPE_FITS_KIND").passed()).isTrue();
    }

    @Test
    void sameWorkerIsNotSubsidisedTwiceInAFiscalYearForTheSameKind() {
        PlannedTraining twice = plan(TrainingKind.HUMAN_RESOURCE_DEVELOPMENT, START, "10", "0",
                trainee(WorkerType.INSURED, TrainingKind.HUMAN_RESOURCE_DEVELOPMENT));
        PlannedTraining otherKind = plan(TrainingKind.HUMAN_RESOURCE_DEVELOPMENT, START, "10", "0",
                trainee(WorkerType.INSURED, TrainingKind.CERTIFIED_WORK_STUDY));

        assertThat(named(twice, "ONCE_PER_FISCAL_YEAR").passed()).isFalse();
        assertThat(named(twice, "ONCE_PER_FISCAL_YEAR").detail()).contains("FY2025");
        assertThat(named(otherKind, "ONCE_PER_FISCAL_YEAR").passed()).isTrue();
    }

    @Test
    void everyCheckCitesItsRuleData() {
        PlanCheck check = named(plan(TrainingKind.CERTIFIED_WORK_STUDY, LocalDate.of(2026, 3, 31), "500", "500"),
                "HOURS_PER_PERIOD");

        assertThat(check.citation()).startsWith("subsidy-training-requirements (2023-04-01");
        assertThat(check.detail()).contains("1000 h in 365 days", "requires 850.00 h");
    }
}
