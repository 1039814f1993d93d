package jp.skilldev.leavebenefit.api;

import java.util.List;
import jp.skilldev.leavebenefit.EligibilityCondition;

/** A failed eligibility condition as the API shows it. */
record Reason(EligibilityCondition condition, String ja, String en) {

    static List<Reason> of(List<EligibilityCondition> conditions) {
        return conditions.stream().map(c -> new Reason(c, c.ja(), c.en())).toList();
    }
}
