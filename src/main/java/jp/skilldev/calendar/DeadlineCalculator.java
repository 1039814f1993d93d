package jp.skilldev.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds {@link Deadline}s from the Civil Code period rules ({@link Periods}) and the
 * administrative calendar, each with a basis in Japanese and English (RULES.md §0: every deadline
 * shown to a user states its basis).
 *
 * <p>Deadlines counted forward ({@link #daysCountedFrom}, {@link #monthsFromDayAfter}) are filing
 * deadlines: when the last day is an administrative holiday (行政機関の休日) they move to the next
 * business day (Act on Holidays of Administrative Organs, art. 2). A limit set before an event
 * ({@link #monthsBefore}) is not moved: moving it later would cut into the lead time the limit
 * exists to guarantee, and moving it earlier is not what art. 2 says; its basis says so, and names
 * the closure when the limit falls on a closed day, so that the filer can act earlier.
 */
public final class DeadlineCalculator {

    private final AdministrativeCalendar calendar;

    public DeadlineCalculator(AdministrativeCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * A deadline {@code days} days counted from {@code from}, that day being day 1
     * (D から起算して X 日以内), moved past administrative holidays.
     */
    public Deadline daysCountedFrom(Label fromLabel, LocalDate from, int days) {
        Objects.requireNonNull(fromLabel, "fromLabel");
        LocalDate nominal = Periods.daysCountedFrom(from, days);
        String ja = fromLabel.ja() + " " + from + " から起算して" + days + "日";
        String en = plural(days, "day") + " counted from " + fromLabel.en() + " " + from;
        return rolled(from, nominal, ja, en);
    }

    /**
     * A deadline {@code months} months from the day after {@code from}
     * (D の翌日から起算して N か月以内), moved past administrative holidays.
     */
    public Deadline monthsFromDayAfter(Label fromLabel, LocalDate from, int months) {
        Objects.requireNonNull(fromLabel, "fromLabel");
        LocalDate nominal = Periods.monthsFromDayAfter(from, months);
        String ja = fromLabel.ja() + " " + from + " の翌日から起算して" + months + "か月";
        String en = plural(months, "month") + " from the day after " + fromLabel.en() + " " + from;
        return rolled(from, nominal, ja, en);
    }

    /**
     * A limit {@code months} months before the event {@code from} (S の N か月前まで). Not moved
     * past administrative holidays: {@code effective == nominal} (see the class comment).
     */
    public Deadline monthsBefore(Label fromLabel, LocalDate from, int months) {
        Objects.requireNonNull(fromLabel, "fromLabel");
        LocalDate nominal = Periods.monthsBefore(from, months);
        Optional<ClosedDay> closure = calendar.closure(nominal);
        String ja = fromLabel.ja() + " " + from + " の" + months + "か月前（" + nominal + "）まで。"
                + closure.map(c -> "この日は行政機関の休日（" + c.reasonJa() + "）だが、").orElse("")
                + "事前の期限のため翌開庁日への繰延べはしない";
        String en = plural(months, "month") + " before " + fromLabel.en() + " " + from + " is " + nominal
                + closure.map(c -> ", an administrative holiday (" + c.reasonEn() + ")").orElse("")
                + "; a limit before an event is not moved to a later business day";
        return new Deadline(from, nominal, nominal, new Deadline.Basis(ja, en));
    }

    private Deadline rolled(LocalDate from, LocalDate nominal, String periodJa, String periodEn) {
        Optional<ClosedDay> closure = calendar.closure(nominal);
        if (closure.isEmpty()) {
            String ja = periodJa + "（" + nominal + "）は開庁日のため、" + nominal + " まで";
            String en = periodEn + "; " + nominal + " is a business day";
            return new Deadline(from, nominal, nominal, new Deadline.Basis(ja, en));
        }
        LocalDate effective = calendar.nextBusinessDay(nominal);
        String ja = periodJa + "（" + nominal + "）は行政機関の休日（" + closure.get().reasonJa()
                + "）のため、翌開庁日 " + effective + " まで";
        String en = periodEn + " ends " + nominal + ", an administrative holiday (" + closure.get().reasonEn()
                + "); moved to the next business day " + effective;
        return new Deadline(from, nominal, effective, new Deadline.Basis(ja, en));
    }

    private static String plural(int count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
