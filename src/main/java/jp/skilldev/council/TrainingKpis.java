package jp.skilldev.council;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The council's check of a year's results against the plan (RULES §4, seed 001 資料1-2, 1-3): for each
 * training type and field the capacity fill rate (定員充足率 = entrants ÷ capacity), the plan execution
 * rate (計画数に対する実施率 = entrants ÷ planned), the application ratio (応募倍率 = applicants ÷ capacity)
 * and the employment rate (就職率 = employed ÷ completers) against the type's target; fields are
 * flagged by the council's two categories.
 *
 * <p>A field's applications count as low or high against the application ratio of all the type's fields
 * together: the seed flags commissioned IT training (81.3%) as "high" and care (65.5%) as "low" although
 * both are under 100%, the fields together standing at 77.0% (資料1-3: 523 ÷ 679). The fields' own sum is
 * used rather than a published total line, whose capacity may be counted differently (資料1-2 gives 829
 * for the same type).
 */
public final class TrainingKpis {

    private TrainingKpis() {
    }

    public static List<TypeKpis> compute(List<TrainingResult> results, TrainingTargets targets) {
        Map<TrainingType, List<TrainingResult>> byType = new EnumMap<>(TrainingType.class);
        for (TrainingResult result : results) {
            byType.computeIfAbsent(result.type(), t -> new ArrayList<>()).add(result);
        }
        List<TypeKpis> report = new ArrayList<>();
        byType.forEach((type, lines) -> report.add(typeKpis(type, lines, targets.employmentTarget(type).orElse(null))));
        return report;
    }

    private static TypeKpis typeKpis(TrainingType type, List<TrainingResult> lines, BigDecimal target) {
        List<TrainingResult> fields = lines.stream().filter(r -> !r.isTotal()).toList();
        TrainingResult total = lines.stream().filter(TrainingResult::isTotal).findFirst().orElseGet(() -> sum(type, fields));
        Kpis totalKpis = kpis(total, target, null);
        Ratio fieldsApplicationRatio = kpis(sum(type, fields), target, null).applicationRatio();
        List<Kpis> fieldKpis = fields.stream().map(f -> kpis(f, target, fieldsApplicationRatio)).toList();
        return new TypeKpis(type, totalKpis, fieldKpis);
    }

    private static TrainingResult sum(TrainingType type, List<TrainingResult> fields) {
        return new TrainingResult(type, TrainingResult.TOTAL, sum(fields, TrainingResult::planned),
                sum(fields, TrainingResult::capacity), sum(fields, TrainingResult::applicants),
                sum(fields, TrainingResult::entrants), sum(fields, TrainingResult::students),
                sum(fields, TrainingResult::completers), sum(fields, TrainingResult::employed));
    }

    private static BigDecimal sum(List<TrainingResult> fields, Function<TrainingResult, BigDecimal> count) {
        return fields.stream().map(count).filter(v -> v != null).reduce(BigDecimal::add).orElse(null);
    }

    private static Kpis kpis(TrainingResult line, BigDecimal target, Ratio typeApplicationRatio) {
        Ratio fill = ratio(line.entrants(), line.capacity());
        Ratio execution = ratio(line.entrants(), line.planned());
        Ratio applications = ratio(line.applicants(), line.capacity());
        Ratio employment = ratio(line.employed(), line.completers());
        Boolean achieved = target == null || employment == null ? null : employment.atLeastPercent(target);
        FieldFlag flag = null;
        if (typeApplicationRatio != null && applications != null && achieved != null) {
            int applicationsAgainstType = applications.compareTo(typeApplicationRatio);
            if (applicationsAgainstType < 0 && achieved) {
                flag = FieldFlag.LOW_APPLICATIONS_HIGH_EMPLOYMENT;
            } else if (applicationsAgainstType > 0 && !achieved) {
                flag = FieldFlag.HIGH_APPLICATIONS_LOW_EMPLOYMENT;
            }
        }
        return new Kpis(line, fill, execution, applications, employment, target, achieved, flag);
    }

    /** {@code null} where the table gives no count or the divisor is zero (the seed's "#DIV/0!", "ー"). */
    private static Ratio ratio(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return new Ratio(numerator, denominator);
    }

    /** A type's total and its fields. */
    public record TypeKpis(TrainingType type, Kpis total, List<Kpis> fields) {
    }

    /** The rates of one line; each {@code null} when not computable. */
    public record Kpis(TrainingResult line, Ratio capacityFillRate, Ratio planExecutionRate, Ratio applicationRatio,
                       Ratio employmentRate, BigDecimal employmentTargetPercent, Boolean employmentTargetAchieved,
                       FieldFlag flag) {
    }
}
