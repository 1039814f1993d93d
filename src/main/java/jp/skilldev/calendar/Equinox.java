package jp.skilldev.calendar;

import java.time.LocalDate;
import java.time.Month;

/**
 * Vernal and autumnal equinox days (春分日・秋分日) by the standard approximation valid for
 * 1980–2099:
 * <pre>
 *   day = floor(base + 0.242194 × (y − 1980) − floor((y − 1980) / 4))
 *   base = 20.8431 (March), 23.2488 (September)
 * </pre>
 * The Act names the equinox day, and the National Astronomical Observatory announces the
 * exact date each February for the following year; the formula reproduces every announced
 * date in its range. It is computed in millionths of a day with integer arithmetic because
 * some years (e.g. autumn 2012, 22.999008) sit so close to a whole day that binary floating
 * point could round them across it.
 */
final class Equinox {

    static final int FIRST_YEAR = 1980;
    static final int LAST_YEAR = 2099;

    private static final long MICROS_PER_DAY = 1_000_000L;
    private static final long VERNAL_BASE = 20_843_100L;
    private static final long AUTUMNAL_BASE = 23_248_800L;
    private static final long DRIFT_PER_YEAR = 242_194L;

    private Equinox() {
    }

    static LocalDate vernal(int year) {
        return LocalDate.of(year, Month.MARCH, dayOfMonth(VERNAL_BASE, year));
    }

    static LocalDate autumnal(int year) {
        return LocalDate.of(year, Month.SEPTEMBER, dayOfMonth(AUTUMNAL_BASE, year));
    }

    private static int dayOfMonth(long base, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("The equinox formula is valid for " + FIRST_YEAR + "–"
                    + LAST_YEAR + " only, not " + year);
        }
        int yearsSince1980 = year - FIRST_YEAR;
        long day = (base + DRIFT_PER_YEAR * yearsSince1980) / MICROS_PER_DAY;
        // Leap days reset the drift every fourth year.
        return (int) day - yearsSince1980 / 4;
    }
}
