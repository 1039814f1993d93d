package jp.skilldev.council;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rule data of the table {@code council-pdca}: thresholds of the disability commissioned training
 * PDCA grade and the change of next year's planned number per grade (訓練実施計画数への反映, 原則).
 *
 * @param executionHighPercent        execution rate (trained ÷ planned) at or above which execution is "high"
 * @param employmentTargetPercent     employment rate at or above which the target is achieved
 * @param employmentExcellentPercent  at or above: A+ instead of A, B+ instead of B
 * @param employmentPoorPercent       below: C− instead of C, D− instead of D
 * @param planChangePercent           next year's planned-number change per grade label ("A+" → 8)
 * @param improvementPlanGrades       grades that must adopt an employment-improvement plan (就職率向上の改善策)
 */
public record PdcaRules(BigDecimal executionHighPercent, BigDecimal employmentTargetPercent,
                        BigDecimal employmentExcellentPercent, BigDecimal employmentPoorPercent,
                        Map<String, BigDecimal> planChangePercent, List<String> improvementPlanGrades) {

    public PdcaRules {
        Objects.requireNonNull(executionHighPercent, "executionHighPercent");
        Objects.requireNonNull(employmentTargetPercent, "employmentTargetPercent");
        Objects.requireNonNull(employmentExcellentPercent, "employmentExcellentPercent");
        Objects.requireNonNull(employmentPoorPercent, "employmentPoorPercent");
        if (!(employmentPoorPercent.compareTo(employmentTargetPercent) < 0
                && employmentTargetPercent.compareTo(employmentExcellentPercent) < 0)) {
            throw new IllegalArgumentException("employment bands must satisfy poor < target < excellent");
        }
        for (PdcaGrade grade : PdcaGrade.values()) {
            if (planChangePercent == null || !planChangePercent.containsKey(grade.label())) {
                throw new IllegalArgumentException("planChangePercent lacks grade " + grade.label());
            }
        }
        for (String label : improvementPlanGrades) {
            if (PdcaGrade.ofLabel(label).isEmpty()) {
                throw new IllegalArgumentException("improvementPlanGrades: unknown grade " + label);
            }
        }
        planChangePercent = Map.copyOf(planChangePercent);
        improvementPlanGrades = List.copyOf(improvementPlanGrades);
    }

    public BigDecimal planChange(PdcaGrade grade) {
        return planChangePercent.get(grade.label());
    }

    public boolean improvementPlanRequired(PdcaGrade grade) {
        return improvementPlanGrades.stream().anyMatch(label -> PdcaGrade.ofLabel(label).orElseThrow() == grade);
    }
}
