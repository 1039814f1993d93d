package jp.skilldev.leavebenefit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import jp.skilldev.ruledata.Effective;

/**
 * The benefit daily amount (給付日額) of the education training leave benefit: the unemployment
 * basic-allowance daily amount computed from the wage daily amount (賃金日額) of the six months before
 * the leave (RULES §3).
 *
 * <p>All arithmetic is exact (integers and {@link BigDecimal}); yen fractions are truncated in exactly two
 * places: the wage daily amount (wages ÷ divisor, truncated) and the daily amount (the rate formula's
 * exact value, truncated below one yen). Limits are whole yen and are applied after truncation.
 *
 * @param wagesSixMonthsYen          the wages of the six months before the leave
 * @param wageDailyAmountRawYen      wages ÷ divisor, truncated, before the limits
 * @param wageDailyAmountYen         after the lower limit and the age band's upper limit
 * @param dailyAmountYen             the benefit per day, after its own limits
 * @param ageBand                    the age band's name
 * @param rateBand                   which part of the schedule applied
 * @param ruleCitation               the rule table version used
 */
public record DailyAmount(long wagesSixMonthsYen, long wageDailyAmountRawYen, long wageDailyAmountYen,
                          long dailyAmountYen, String ageBand, RateBand rateBand, String ruleCitation) {

    /** The part of the rate schedule that produced the amount. */
    public enum RateBand {
        FULL_RATE, TAPER, LOWER_OF, TOP_RATE
    }

    /**
     * @throws IllegalArgumentException when no age band covers the age or the wages are negative
     */
    public static DailyAmount calculate(Effective<BasicAllowanceRules> effective, int age, long wagesSixMonthsYen) {
        if (wagesSixMonthsYen < 0) {
            throw new IllegalArgumentException("wages cannot be negative");
        }
        BasicAllowanceRules rules = effective.value();
        BasicAllowanceRules.AgeBand band = rules.bandFor(age)
                .orElseThrow(() -> new IllegalArgumentException("no age band of " + effective.citation() + " covers age " + age));
        BasicAllowanceRules.RateSchedule schedule = rules.scheduleOf(band);

        long raw = wagesSixMonthsYen / rules.wageDivisorDays();
        long w = Math.min(Math.max(raw, rules.wageDailyLowerLimitYen()), band.wageDailyUpperLimitYen());
        BigDecimal wage = BigDecimal.valueOf(w);

        RateBand rateBand;
        BigDecimal exact;
        if (w < schedule.taperFromYen()) {
            rateBand = RateBand.FULL_RATE;
            exact = schedule.fullRate().multiply(wage);
        } else if (w > schedule.taperToYen()) {
            rateBand = RateBand.TOP_RATE;
            exact = schedule.topRate().multiply(wage);
        } else {
            // The taper is the fraction numerator / span; comparing alternatives as "other·span < numerator"
            // keeps the choice of the lower formula exact.
            BigDecimal span = BigDecimal.valueOf(schedule.taperToYen() - schedule.taperFromYen());
            BigDecimal numerator = taperNumerator(schedule, wage, span);
            rateBand = RateBand.TAPER;
            BigDecimal lowest = null;
            for (BasicAllowanceRules.Linear alternative : schedule.lowerOf()) {
                BigDecimal other = alternative.rate().multiply(wage).add(BigDecimal.valueOf(alternative.addendYen()));
                BigDecimal bound = lowest == null ? numerator : lowest.multiply(span);
                if (other.multiply(span).compareTo(bound) < 0) {
                    rateBand = RateBand.LOWER_OF;
                    lowest = other;
                }
            }
            // The one division of the taper truncates straight to whole yen: this band's rounding happens here.
            exact = lowest != null ? lowest : numerator.divide(span, 0, RoundingMode.DOWN);
        }
        long truncated = exact.setScale(0, RoundingMode.DOWN).longValueExact();
        long daily = Math.min(Math.max(truncated, rules.dailyAmountLowerLimitYen()), band.dailyAmountUpperLimitYen());
        return new DailyAmount(wagesSixMonthsYen, raw, w, daily, band.name(), rateBand, effective.citation());
    }

    /** {@code fullRate·w − reduction·((w − from)/span)·w} multiplied by {@code span}, which keeps it exact. */
    private static BigDecimal taperNumerator(BasicAllowanceRules.RateSchedule schedule, BigDecimal wage, BigDecimal span) {
        return schedule.fullRate().multiply(wage).multiply(span)
                .subtract(schedule.taperReduction().multiply(wage.subtract(BigDecimal.valueOf(schedule.taperFromYen()))).multiply(wage));
    }
}
