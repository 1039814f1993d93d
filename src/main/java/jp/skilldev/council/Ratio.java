package jp.skilldev.council;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact ratio such as entrants ÷ capacity. Comparisons against a percentage threshold are made by
 * cross-multiplication, so that a rate of exactly 80% is never judged 79.999…%; only the displayed
 * percentage is rounded.
 */
public record Ratio(BigDecimal numerator, BigDecimal denominator) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Ratio {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("a ratio needs a positive denominator");
        }
        if (numerator.signum() < 0) {
            throw new IllegalArgumentException("a ratio needs a non-negative numerator");
        }
    }

    public static Ratio of(long numerator, long denominator) {
        return new Ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    /** A rate given as a percentage, e.g. 55.0 → 55/100. */
    public static Ratio percent(BigDecimal percent) {
        return new Ratio(percent, HUNDRED);
    }

    /** numerator ÷ denominator ≥ percent ÷ 100, exactly. */
    public boolean atLeastPercent(BigDecimal percent) {
        return numerator.multiply(HUNDRED).compareTo(percent.multiply(denominator)) >= 0;
    }

    public boolean belowPercent(BigDecimal percent) {
        return !atLeastPercent(percent);
    }

    /**
     * The percentage for display, rounded half up (四捨五入) to {@code decimals} places — the rounding of
     * the council's published tables (seed 001 資料1-2: 324 ÷ 441 = 73.469…% is shown as 73.5%).
     */
    public BigDecimal percentRounded(int decimals) {
        return numerator.multiply(HUNDRED).divide(denominator, decimals, RoundingMode.HALF_UP);
    }

    public int compareTo(Ratio other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }
}
