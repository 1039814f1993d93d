package jp.skilldev.designation;

import java.util.List;
import java.util.Map;

/**
 * The rule data of the table {@code designation-criteria}: the designation criteria (指定基準) that can
 * be checked from the application's facts, per benefit tier.
 */
public record DesignationCriteriaRules(int minTrackRecordMonths, Map<CourseTier, TierConditions> tiers) {

    public DesignationCriteriaRules {
        if (minTrackRecordMonths < 0) {
            throw new IllegalArgumentException("minTrackRecordMonths must not be negative");
        }
        if (tiers == null || !tiers.keySet().containsAll(List.of(CourseTier.values()))) {
            throw new IllegalArgumentException("conditions are needed for every tier " + List.of(CourseTier.values()));
        }
        tiers = Map.copyOf(tiers);
    }

    /** What a course of one tier must offer. */
    public record TierConditions(int minTrainingHours, int minDurationMonths, int maxDurationMonths,
                                 List<DeliveryMode> deliveryModes, boolean targetQualificationRequired) {

        public TierConditions {
            if (minDurationMonths > maxDurationMonths) {
                throw new IllegalArgumentException("minDurationMonths exceeds maxDurationMonths");
            }
            deliveryModes = List.copyOf(deliveryModes);
        }
    }
}
