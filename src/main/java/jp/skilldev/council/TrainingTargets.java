package jp.skilldev.council;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The rule data of the table {@code council-targets}: the year's employment-rate targets (就職率の目標)
 * per training type code. Types without a published target are absent.
 */
public record TrainingTargets(Map<String, BigDecimal> employmentTargetPercent) {

    public TrainingTargets {
        for (Map.Entry<String, BigDecimal> target : employmentTargetPercent.entrySet()) {
            if (TrainingType.of(target.getKey()).isEmpty()) {
                throw new IllegalArgumentException("employmentTargetPercent: unknown training type " + target.getKey());
            }
            if (target.getValue().signum() <= 0 || target.getValue().compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("employmentTargetPercent of " + target.getKey() + " must be in (0, 100]");
            }
        }
        employmentTargetPercent = Map.copyOf(employmentTargetPercent);
    }

    public Optional<BigDecimal> employmentTarget(TrainingType type) {
        return Optional.ofNullable(employmentTargetPercent.get(type.code()));
    }
}
