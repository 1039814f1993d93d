package jp.skilldev.subsidy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import jp.skilldev.calendar.Periods;
import jp.skilldev.ruledata.Effective;
import jp.skilldev.ruledata.RuleBook;
import jp.skilldev.ruledata.TypedRuleTable;
import org.springframework.stereotype.Component;

/**
 * The automatic checks of a training plan (訓練計画の要件確認, RULES §2 Training requirements):
 * the requirements of the kind of training, each trainee's worker type, and the same worker not
 * subsidised twice in a fiscal year for the same kind. Every check is listed, passed or not, so that
 * the reviewer sees what was looked at.
 */
@Component
public class TrainingPlanChecks {

    public static final String TABLE = "subsidy-training-requirements";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final TypedRuleTable<TrainingRequirements> requirements;

    public TrainingPlanChecks(RuleBook ruleBook) {
        this.requirements = ruleBook.typed(TABLE, TrainingRequirements.class);
    }

    public List<PlanCheck> check(PlannedTraining plan, LocalDate filedOn) {
        Effective<TrainingRequirements> effective = requirements.on(filedOn);
        TrainingRequirements.KindRequirement rule = effective.value().kinds().get(plan.kind());
        String citation = effective.citation();
        List<PlanCheck> checks = new ArrayList<>();
        if (rule.minOffJtHours() != null) {
            checks.add(new PlanCheck("OFF_JT_HOURS", plan.offJtHours().compareTo(rule.minOffJtHours()) >= 0,
                    "Off-JT " + plan.offJtHours().toPlainString() + " h, at least " + rule.minOffJtHours().toPlainString()
                            + " h", citation));
        }
        if (rule.minMonths() != null) {
            LocalDate shortestEnd = lastDayOfMonths(plan.start(), rule.minMonths());
            checks.add(new PlanCheck("DURATION_MINIMUM", !plan.end().isBefore(shortestEnd),
                    "training " + plan.start() + " – " + plan.end() + ", at least " + rule.minMonths()
                            + " months (until " + shortestEnd + " or later)", citation));
        }
        if (rule.maxMonths() != null) {
            LocalDate longestEnd = lastDayOfMonths(plan.start(), rule.maxMonths());
            checks.add(new PlanCheck("DURATION_MAXIMUM", !plan.end().isAfter(longestEnd),
                    "training " + plan.start() + " – " + plan.end() + ", at most " + rule.maxMonths()
                            + " months (until " + longestEnd + " at the latest)", citation));
        }
        if (rule.minHoursPerPeriod() != null) {
            checks.add(hoursPerPeriod(plan, rule, citation));
        }
        if (rule.minOjtSharePercent() != null) {
            checks.add(ojtShare(plan, rule, citation));
        }
        for (PlannedTraining.PlannedTrainee trainee : plan.trainees()) {
            checks.add(new PlanCheck("WORKER_TYPE_FITS_KIND[" + trainee.name() + "]",
                    rule.workerTypes().contains(trainee.workerType()),
                    trainee.workerType() + " for " + plan.kind() + "; allowed " + rule.workerTypes(), citation));
            boolean twice = trainee.alreadySubsidisedKinds().contains(plan.kind());
            checks.add(new PlanCheck("ONCE_PER_FISCAL_YEAR[" + trainee.name() + "]", !twice,
                    (twice ? "already in another plan" : "no other plan") + " of " + plan.kind() + " in FY"
                            + FiscalYears.of(plan.start()), "RULES.md §2 (seed 002 *2–*4)"));
        }
        return checks;
    }

    /** The last day of a period of {@code months} months whose first day is {@code start} (Civil Code art. 143). */
    private static LocalDate lastDayOfMonths(LocalDate start, int months) {
        return Periods.monthsFromDayAfter(start.minusDays(1), months);
    }

    /**
     * Hours per period equivalent: the minimum is scaled from a period of {@code periodMonths} months
     * beginning on the training start to the training's own days, so that a training exactly one period
     * long needs exactly the minimum.
     */
    private static PlanCheck hoursPerPeriod(PlannedTraining plan, TrainingRequirements.KindRequirement rule,
                                            String citation) {
        BigDecimal days = BigDecimal.valueOf(ChronoUnit.DAYS.between(plan.start(), plan.end()) + 1);
        BigDecimal periodDays = BigDecimal.valueOf(
                ChronoUnit.DAYS.between(plan.start(), lastDayOfMonths(plan.start(), rule.periodMonths())) + 1);
        // hours / days ≥ minimum / periodDays, compared without division so that no rounding decides
        boolean passed = plan.totalHours().multiply(periodDays)
                .compareTo(rule.minHoursPerPeriod().multiply(days)) >= 0;
        BigDecimal required = rule.minHoursPerPeriod().multiply(days).divide(periodDays, 2, RoundingMode.UP);
        return new PlanCheck("HOURS_PER_PERIOD", passed,
                plan.totalHours().toPlainString() + " h in " + days + " days; " + rule.minHoursPerPeriod().toPlainString()
                        + " h per " + rule.periodMonths() + " months (" + periodDays + " days from the start) requires "
                        + required.toPlainString() + " h", citation);
    }

    private static PlanCheck ojtShare(PlannedTraining plan, TrainingRequirements.KindRequirement rule, String citation) {
        BigDecimal total = plan.totalHours();
        BigDecimal scaledOjt = plan.ojtHours().multiply(HUNDRED);
        boolean passed = total.signum() > 0
                && scaledOjt.compareTo(rule.minOjtSharePercent().multiply(total)) >= 0
                && scaledOjt.compareTo(rule.maxOjtSharePercent().multiply(total)) <= 0;
        String share = total.signum() == 0 ? "no hours"
                : scaledOjt.divide(total, 1, RoundingMode.DOWN).toPlainString() + "%";
        return new PlanCheck("OJT_SHARE", passed,
                "OJT " + plan.ojtHours().toPlainString() + " h of " + total.toPlainString() + " h = " + share
                        + ", allowed " + rule.minOjtSharePercent().toPlainString() + "–"
                        + rule.maxOjtSharePercent().toPlainString() + "%", citation);
    }
}
