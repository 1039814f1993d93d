package jp.skilldev.subsidy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The rule data of the table {@code subsidy-training-requirements}: what each kind of training needs. */
public record TrainingRequirements(Map<TrainingKind, KindRequirement> kinds) {

    /** A null bound is "no such requirement" for that kind. */
    public record KindRequirement(BigDecimal minOffJtHours, Integer minMonths, Integer maxMonths,
                                  BigDecimal minHoursPerPeriod, Integer periodMonths,
                                  BigDecimal minOjtSharePercent, BigDecimal maxOjtSharePercent,
                                  List<WorkerType> workerTypes) {

        public KindRequirement {
            if ((minHoursPerPeriod == null) != (periodMonths == null)) {
                throw new IllegalArgumentException("minHoursPerPeriod and periodMonths go together");
            }
            workerTypes = List.copyOf(workerTypes);
        }
    }

    public TrainingRequirements {
        for (TrainingKind kind : TrainingKind.values()) {
            if (kinds == null || !kinds.containsKey(kind)) {
                throw new IllegalArgumentException("no requirements for training kind " + kind);
            }
        }
        kinds = new EnumMap<>(kinds);
    }
}
