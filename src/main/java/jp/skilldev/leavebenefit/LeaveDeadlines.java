package jp.skilldev.leavebenefit;

import java.time.LocalDate;
import java.util.Date;
import jp.skilldev.calendar.Deadline;
import jp.skilldev.calendar.DeadlineCalculator;
import jp.skilldev.calendar.Label;
import jp.skilldev.deadlines.DeadlineRule;
import jp.skilldev.deadlines.StatutoryDeadlines;
import jp.skilldev.platform.EngineClock;
import org.springframework.stereotype.Component;

/**
 * The filing deadlines of one leave (each holiday-rolled) and the instants at which the process's timers
 * fall due: the start of the day after a deadline, in Tokyo.
 */
@Component
public class LeaveDeadlines {

    private static final Label PERIOD_CLOSED = new Label("支給単位期間の末日の翌日", "day after the period's last day");

    private final StatutoryDeadlines statutory;
    private final DeadlineCalculator calculator;
    private final LeaveBenefitRules rules;

    public LeaveDeadlines(StatutoryDeadlines statutory, DeadlineCalculator calculator, LeaveBenefitRules rules) {
        this.statutory = statutory;
        this.calculator = calculator;
        this.rules = rules;
    }

    /** 賃金月額証明書: 10 days counted from the first day of leave. */
    public Deadline wageCertificate(LocalDate leaveStart) {
        return statutory.deadline(DeadlineRule.LEAVE_WAGE_CERTIFICATE, leaveStart);
    }

    /** The first application: 30 days counted from the first day of leave. */
    public Deadline initialApplication(LocalDate leaveStart) {
        return statutory.deadline(DeadlineRule.LEAVE_INITIAL_APPLICATION, leaveStart);
    }

    /** A period's declaration: the filing allowance counted from the day after the period's last day. */
    public Deadline declaration(LocalDate leaveStart, CertificationPeriod period) {
        return calculator.daysCountedFrom(PERIOD_CLOSED, period.closesOn(),
                rules.certification(leaveStart).declarationFilingAllowanceDays());
    }

    public LocalDate wageCertificateReminderDay(LocalDate leaveStart) {
        return wageCertificate(leaveStart).effective()
                .minusDays(rules.certification(leaveStart).wageCertificateReminderDaysBefore());
    }

    public LocalDate initialApplicationGraceEnds(LocalDate leaveStart) {
        return initialApplication(leaveStart).effective().plusDays(1)
                .plusDays(rules.certification(leaveStart).initialApplicationReminderGraceDays());
    }

    public LocalDate declarationGraceEnds(LocalDate leaveStart, CertificationPeriod period) {
        return declaration(leaveStart, period).effective().plusDays(1)
                .plusDays(rules.certification(leaveStart).declarationReminderGraceDays());
    }

    /** The instant a day begins in Tokyo, for timer dates. */
    public static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(EngineClock.TOKYO).toInstant());
    }

    /** The instant the day after a deadline begins: the deadline has passed. */
    public static Date after(Deadline deadline) {
        return startOf(deadline.effective().plusDays(1));
    }
}
