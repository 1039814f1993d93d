package jp.skilldev.leavebenefit;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * The rule data of the table {@code leave-benefit-days}: the benefit days (所定給付日数) by years of
 * employment-insurance enrolment. A band applies from {@code fromYears} up to the next band's start.
 */
public record BenefitDaysRules(List<Band> bands) {

    public BenefitDaysRules {
        if (bands == null || bands.isEmpty()) {
            throw new IllegalArgumentException("at least one benefit-days band is needed");
        }
        bands = bands.stream().sorted(Comparator.comparingInt(Band::fromYears)).toList();
    }

    /** The benefit days for completed years of enrolment; empty below the first band. */
    public OptionalInt daysFor(int enrolmentYears) {
        OptionalInt days = OptionalInt.empty();
        for (Band band : bands) {
            if (enrolmentYears >= band.fromYears()) {
                days = OptionalInt.of(band.days());
            }
        }
        return days;
    }

    public record Band(int fromYears, int days) {

        public Band {
            if (fromYears < 0 || days < 1) {
                throw new IllegalArgumentException("a benefit-days band needs fromYears ≥ 0 and days ≥ 1");
            }
        }
    }
}
