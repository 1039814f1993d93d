package jp.skilldev.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Administrative holidays (行政機関の休日) under the Act on Holidays of Administrative Organs
 * (行政機関の休日に関する法律): art. 1 closes Saturdays, Sundays, holidays under the National
 * Holidays Act and the year-end closure 29 December – 3 January; art. 2 moves a deadline for a
 * filing with an administrative body that falls on such a day to the next business day.
 *
 * <p>Every Saturday is treated as closed. Government offices closed on all Saturdays only from
 * May 1992; deadlines before then are history and get no rule of their own (RULES.md §0).
 *
 * <p>Lookups are limited to the range of {@link JapaneseHolidays} (1980–2099) and throw
 * {@link IllegalArgumentException} beyond it, including when a roll would cross 2099-12-31.
 */
public final class AdministrativeCalendar {

    private static final MonthDay YEAR_END_CLOSURE_START = MonthDay.of(Month.DECEMBER, 29);
    private static final MonthDay YEAR_END_CLOSURE_END = MonthDay.of(Month.JANUARY, 3);

    private static final ClosedDay.Reason SATURDAY = new ClosedDay.Reason("土曜日", "Saturday");
    private static final ClosedDay.Reason SUNDAY = new ClosedDay.Reason("日曜日", "Sunday");
    private static final ClosedDay.Reason YEAR_END =
            new ClosedDay.Reason("年末年始 (12月29日〜1月3日)", "year-end closure (29 Dec – 3 Jan)");

    private final JapaneseHolidays holidays;

    public AdministrativeCalendar(JapaneseHolidays holidays) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    /** Whether administrative bodies are closed on the date. */
    public boolean isAdministrativeHoliday(LocalDate date) {
        return closure(date).isPresent();
    }

    /** Whether administrative bodies are open on the date (開庁日). */
    public boolean isBusinessDay(LocalDate date) {
        return !isAdministrativeHoliday(date);
    }

    /** Why administrative bodies are closed on the date, or empty on a business day. */
    public Optional<ClosedDay> closure(LocalDate date) {
        Objects.requireNonNull(date, "date");
        List<ClosedDay.Reason> reasons = new ArrayList<>();
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
            reasons.add(SATURDAY);
        } else if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            reasons.add(SUNDAY);
        }
        holidays.holiday(date).ifPresent(h -> reasons.add(new ClosedDay.Reason(h.nameJa(), h.nameEn())));
        if (isYearEndClosure(date)) {
            reasons.add(YEAR_END);
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(new ClosedDay(date, reasons));
    }

    /** The first business day strictly after the date. */
    public LocalDate nextBusinessDay(LocalDate date) {
        return onOrNextBusinessDay(Objects.requireNonNull(date, "date").plusDays(1));
    }

    /**
     * The date itself if it is a business day, else the next business day: the deadline roll of
     * art. 2 (期限の末日が行政機関の休日に当たるときは、その翌日をもって期限とみなす).
     */
    public LocalDate onOrNextBusinessDay(LocalDate date) {
        LocalDate day = Objects.requireNonNull(date, "date");
        while (isAdministrativeHoliday(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static boolean isYearEndClosure(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        // The closure spans New Year, so it is the union of its two ends rather than a range.
        return !day.isBefore(YEAR_END_CLOSURE_START) || !day.isAfter(YEAR_END_CLOSURE_END);
    }
}
