package jp.skilldev.council;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Grades one fiscal year of disability commissioned training (障害者委託訓練 PDCA 評価, RULES §4, seed 001
 * 資料4-2): execution rate = trained ÷ planned against the "high" threshold, employment rate against
 * the target, then the excellent/poor bands; derives next year's planned-number change, whether an
 * employment-improvement plan is required, and whether a Ministry hearing follows (a minus grade this
 * year after a minus grade the year before).
 */
public final class DisabilityTrainingGrade {

    private DisabilityTrainingGrade() {
    }

    /**
     * @param planned       訓練実施計画数, at least 1
     * @param trained       訓練実績数 (受講者数)
     * @param employment    the employment rate, exact (employed ÷ completers, or a percentage as given)
     * @param previousGrade last year's grade, or {@code null} when there was none
     */
    public static PdcaEvaluation evaluate(PdcaRules rules, long planned, long trained, Ratio employment,
                                          PdcaGrade previousGrade) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(employment, "employment");
        if (planned < 1) {
            throw new IllegalArgumentException("planned must be at least 1");
        }
        if (trained < 0) {
            throw new IllegalArgumentException("trained must not be negative");
        }
        Ratio execution = Ratio.of(trained, planned);
        boolean executionHigh = execution.atLeastPercent(rules.executionHighPercent());
        boolean targetAchieved = employment.atLeastPercent(rules.employmentTargetPercent());
        PdcaGrade grade;
        if (targetAchieved) {
            boolean excellent = employment.atLeastPercent(rules.employmentExcellentPercent());
            grade = executionHigh ? (excellent ? PdcaGrade.A_PLUS : PdcaGrade.A) : (excellent ? PdcaGrade.B_PLUS : PdcaGrade.B);
        } else {
            boolean poor = employment.belowPercent(rules.employmentPoorPercent());
            grade = executionHigh ? (poor ? PdcaGrade.C_MINUS : PdcaGrade.C) : (poor ? PdcaGrade.D_MINUS : PdcaGrade.D);
        }
        boolean hearing = grade.isMinus() && previousGrade != null && previousGrade.isMinus();
        return new PdcaEvaluation(execution, execution.percentRounded(1), executionHigh, targetAchieved, grade,
                rules.planChange(grade), rules.improvementPlanRequired(grade), hearing);
    }

    /** The grade with its consequences, and the two judgements it rests on. */
    public record PdcaEvaluation(Ratio execution, BigDecimal executionRatePercent, boolean executionHigh,
                                 boolean employmentTargetAchieved, PdcaGrade grade, BigDecimal nextPlanChangePercent,
                                 boolean improvementPlanRequired, boolean ministryHearing) {
    }
}
