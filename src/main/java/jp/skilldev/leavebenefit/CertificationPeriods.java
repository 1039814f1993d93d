package jp.skilldev.leavebenefit;

import java.time.LocalDate;
import java.util.Optional;
import jp.skilldev.calendar.Periods;

/**
 * The certification cycle of one leave (RULES §3 steps 6–7): every {@code periodDays} days counted from the
 * first day of leave a period closes; the last period ends with the leave or with the receipt period (one
 * year counted from the first day of leave), whichever is earlier, and is then shorter and paid pro rata
 * by days.
 */
public final class CertificationPeriods {

    private final CertificationRules rules;
    private final LocalDate leaveStart;
    private final LocalDate lastBenefitDay;

    /**
     * @param leaveLastDay the last day of leave: the planned end, or the day before an early return to work
     */
    public CertificationPeriods(CertificationRules rules, LocalDate leaveStart, LocalDate leaveLastDay) {
        if (leaveLastDay.isBefore(leaveStart)) {
            throw new IllegalArgumentException("the leave ends before it starts");
        }
        this.rules = rules;
        this.leaveStart = leaveStart;
        LocalDate receiptLastDay = receiptLastDay(rules, leaveStart);
        this.lastBenefitDay = leaveLastDay.isBefore(receiptLastDay) ? leaveLastDay : receiptLastDay;
    }

    /** The last day of the receipt period: {@code receiptPeriodYears} years counted from the first day of leave. */
    public static LocalDate receiptLastDay(CertificationRules rules, LocalDate leaveStart) {
        return leaveStart.plusYears(rules.receiptPeriodYears()).minusDays(1);
    }

    /** Period {@code number} (from 1); empty when the leave or the receipt period is over before it starts. */
    public Optional<CertificationPeriod> period(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("periods are numbered from 1");
        }
        LocalDate first = leaveStart.plusDays((long) rules.periodDays() * (number - 1));
        if (first.isAfter(lastBenefitDay)) {
            return Optional.empty();
        }
        LocalDate nominalLast = Periods.daysCountedFrom(first, rules.periodDays());
        return Optional.of(new CertificationPeriod(number, first, nominalLast.isBefore(lastBenefitDay) ? nominalLast : lastBenefitDay));
    }

    /** Whether no period follows {@code number}. */
    public boolean isLast(int number) {
        return period(number + 1).isEmpty();
    }

    public LocalDate lastBenefitDay() {
        return lastBenefitDay;
    }

    /**
     * The days of a period that are paid: its days less those worked or paid by the employer (not paid by the
     * benefit), never more than the benefit days left.
     *
     * @throws IllegalArgumentException when more days were worked than the period has, or a count is negative
     */
    public static int payableDays(CertificationPeriod period, int daysWorkedOrPaid, int daysLeft) {
        if (daysWorkedOrPaid < 0 || daysWorkedOrPaid > period.days()) {
            throw new IllegalArgumentException("days worked or paid must be between 0 and the period's " + period.days() + " days");
        }
        if (daysLeft < 0) {
            throw new IllegalArgumentException("days left cannot be negative");
        }
        return Math.min(period.days() - daysWorkedOrPaid, daysLeft);
    }
}
