package jp.skilldev.calendar;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Period arithmetic of the Civil Code (民法), arts. 140–143, as used in RULES.md §0. Periods end
 * at the end of their last day; this class returns that last day. Administrative holidays are not
 * considered here: see {@link DeadlineCalculator}.
 */
public final class Periods {

    private Periods() {
    }

    /**
     * The last day of a period of {@code days} days counted from {@code start} (D から起算して
     * X 日): the start day is day 1, as the wording excludes the art. 140 rule that skips the
     * first day. Ten days counted from 2025-10-01 end on 2025-10-10.
     *
     * @throws IllegalArgumentException if {@code days} is less than 1 (a period of no days has
     *                                  no last day) or {@code start} is null
     */
    public static LocalDate daysCountedFrom(LocalDate start, int days) {
        requireDate(start);
        if (days < 1) {
            throw new IllegalArgumentException("A period counted in days needs at least 1 day, not " + days);
        }
        return start.plusDays(days - 1L);
    }

    /**
     * The last day of a period of {@code months} months from the day after {@code day}
     * (D の翌日から起算して N か月): the period starts on {@code s = day + 1} (art. 140).
     * <ul>
     *   <li>If {@code s} is the first of a month, the period is counted in whole calendar months
     *       and ends on the last day of the month {@code months − 1} after {@code s}'s month
     *       (2025-01-31, 2 months → 2025-03-31).</li>
     *   <li>Otherwise it ends the day before the day of the {@code months}-th following month that
     *       corresponds to {@code s}'s day of the month (art. 143(2); 2025-03-04, 2 months →
     *       2025-05-04); if that month has no such day, on its last day (proviso; 2024-12-30,
     *       2 months → 2025-02-28).</li>
     * </ul>
     * Zero months end on {@code day} itself.
     *
     * @throws IllegalArgumentException if {@code months} is negative or {@code day} is null
     */
    public static LocalDate monthsFromDayAfter(LocalDate day, int months) {
        requireDate(day);
        requireMonths(months);
        LocalDate start = day.plusDays(1);
        if (start.getDayOfMonth() == 1) {
            return YearMonth.from(start).plusMonths(months - 1L).atEndOfMonth();
        }
        YearMonth endMonth = YearMonth.from(start).plusMonths(months);
        if (!endMonth.isValidDay(start.getDayOfMonth())) {
            return endMonth.atEndOfMonth();
        }
        return endMonth.atDay(start.getDayOfMonth()).minusDays(1);
    }

    /**
     * The limit "by {@code months} months before {@code event}" (S の N か月前まで): the same day
     * of the month {@code months} months earlier. When that month has no such day (e.g. 3 months
     * before 31 May) the limit is that month's last day (2025-02-28): the nearest date that still
     * lies in the month the rule points to, mirroring the proviso of art. 143(2) for periods
     * counted forward.
     *
     * @throws IllegalArgumentException if {@code months} is negative or {@code event} is null
     */
    public static LocalDate monthsBefore(LocalDate event, int months) {
        requireDate(event);
        requireMonths(months);
        // LocalDate.minusMonths clamps a missing day to the month's last day, the rule above.
        return event.minusMonths(months);
    }

    private static void requireDate(LocalDate date) {
        if (date == null) {
            throw new IllegalArgumentException("A period needs a date to count from");
        }
    }

    private static void requireMonths(int months) {
        if (months < 0) {
            throw new IllegalArgumentException("A period cannot have a negative number of months: " + months);
        }
    }
}
