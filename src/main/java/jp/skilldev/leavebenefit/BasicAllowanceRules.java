package jp.skilldev.leavebenefit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule data of the table {@code leave-basic-allowance}: the formula of the unemployment basic
 * allowance daily amount (基本手当日額) that the education training leave benefit uses (RULES §3),
 * revised every 1 August.
 *
 * @param wageDivisorDays          the wages of the six months before the leave are divided by this
 * @param wageDailyLowerLimitYen   lower limit of the wage daily amount, for every age
 * @param dailyAmountLowerLimitYen lower limit of the daily amount, for every age
 * @param rateSchedules            the rate schedules by name
 * @param ageBands                 the age bands, each with its upper limits and rate schedule
 */
public record BasicAllowanceRules(int wageDivisorDays, long wageDailyLowerLimitYen, long dailyAmountLowerLimitYen,
                                  Map<String, RateSchedule> rateSchedules, List<AgeBand> ageBands) {

    public BasicAllowanceRules {
        if (wageDivisorDays < 1) {
            throw new IllegalArgumentException("wageDivisorDays must be at least 1");
        }
        rateSchedules = Map.copyOf(rateSchedules);
        ageBands = List.copyOf(ageBands);
        for (int i = 0; i < ageBands.size(); i++) {
            AgeBand band = ageBands.get(i);
            if (!rateSchedules.containsKey(band.rateSchedule())) {
                throw new IllegalArgumentException("age band " + band.name() + " names an unknown rate schedule");
            }
            if (i > 0 && ageBands.get(i - 1).toAge() + 1 != band.fromAge()) {
                throw new IllegalArgumentException("age band " + band.name() + " does not follow on from the one before");
            }
            if (band.wageDailyUpperLimitYen() < wageDailyLowerLimitYen
                    || band.dailyAmountUpperLimitYen() < dailyAmountLowerLimitYen) {
                throw new IllegalArgumentException("age band " + band.name() + " has an upper limit below the lower limit");
            }
        }
    }

    /** The band covering an age; empty when no band does (65 and over are not general insured persons). */
    public Optional<AgeBand> bandFor(int age) {
        return ageBands.stream().filter(b -> age >= b.fromAge() && age <= b.toAge()).findFirst();
    }

    public RateSchedule scheduleOf(AgeBand band) {
        return rateSchedules.get(band.rateSchedule());
    }

    /** Ages {@code fromAge}–{@code toAge} inclusive. */
    public record AgeBand(String name, int fromAge, int toAge, long wageDailyUpperLimitYen,
                          long dailyAmountUpperLimitYen, String rateSchedule) {

        public AgeBand {
            if (toAge < fromAge) {
                throw new IllegalArgumentException("age band " + name + " ends before it starts");
            }
        }
    }

    /**
     * Below {@code taperFromYen} the wage daily amount {@code w} is paid at {@code fullRate}; above
     * {@code taperToYen} at {@code topRate}; in between the rate falls linearly:
     * {@code fullRate·w − taperReduction·((w − taperFromYen)/(taperToYen − taperFromYen))·w}, or the lowest
     * of that and each {@code lowerOf} formula ({@code rate·w + addendYen}) where the law says "the lower of".
     */
    public record RateSchedule(BigDecimal fullRate, long taperFromYen, long taperToYen, BigDecimal taperReduction,
                               BigDecimal topRate, List<Linear> lowerOf) {

        public RateSchedule {
            if (taperToYen <= taperFromYen) {
                throw new IllegalArgumentException("a rate schedule's taper must end after it starts");
            }
            lowerOf = List.copyOf(lowerOf);
        }
    }

    /** {@code rate·w + addendYen}. */
    public record Linear(BigDecimal rate, long addendYen) {
    }
}
