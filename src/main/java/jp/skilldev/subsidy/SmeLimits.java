package jp.skilldev.subsidy;

import java.util.EnumMap;
import java.util.Map;

/** The rule data of the table {@code subsidy-sme-limits}: the SME limits of each industry. */
public record SmeLimits(Map<Industry, IndustryLimit> industries) {

    public record IndustryLimit(long maxCapitalYen, int maxRegularEmployees) {
    }

    public SmeLimits {
        for (Industry industry : Industry.values()) {
            if (industries == null || !industries.containsKey(industry)) {
                throw new IllegalArgumentException("no SME limit for industry " + industry);
            }
        }
        industries = new EnumMap<>(industries);
    }
}
