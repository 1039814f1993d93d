package jp.skilldev.deadlines;

import java.time.LocalDate;
import jp.skilldev.calendar.Deadline;
import jp.skilldev.calendar.DeadlineCalculator;
import jp.skilldev.calendar.Periods;
import jp.skilldev.ruledata.Effective;
import jp.skilldev.ruledata.RuleBook;
import jp.skilldev.ruledata.TypedRuleTable;
import org.springframework.stereotype.Component;

/**
 * The statutory filing deadlines of RULES §2 and §3, with period lengths from the effective-dated
 * table {@code deadline-periods}, looked up on the date the period is counted from.
 */
@Component
public class StatutoryDeadlines {

    public static final String TABLE = "deadline-periods";

    private final TypedRuleTable<DeadlinePeriods> periods;
    private final DeadlineCalculator calculator;

    public StatutoryDeadlines(RuleBook ruleBook, DeadlineCalculator calculator) {
        this.periods = ruleBook.typed(TABLE, DeadlinePeriods.class);
        this.calculator = calculator;
    }

    /** The deadline of a rule with a single last day; {@link DeadlineRule#SUBSIDY_PLAN} is a window instead. */
    public Deadline deadline(DeadlineRule rule, LocalDate date) {
        DeadlinePeriods p = periods.on(date).value();
        return switch (rule) {
            case SUBSIDY_CLAIM -> calculator.monthsFromDayAfter(rule.dateLabel(), date,
                    p.subsidyClaimMonthsFromDayAfterTrainingEnd());
            case SUBSIDY_WAGE_PREMIUM -> calculator.monthsFromDayAfter(rule.dateLabel(), date,
                    p.subsidyWagePremiumMonthsFromDayAfterWagePaid());
            case LEAVE_WAGE_CERTIFICATE -> calculator.daysCountedFrom(rule.dateLabel(), date,
                    p.leaveWageCertificateDaysFromLeaveStart());
            case LEAVE_INITIAL_APPLICATION -> calculator.daysCountedFrom(rule.dateLabel(), date,
                    p.leaveInitialApplicationDaysFromLeaveStart());
            case SUBSIDY_PLAN -> subsidyPlanWindow(date).latest();
        };
    }

    /** The training plan filing window: from 6 months to 1 month before the training start (RULES §2). */
    public FilingWindow subsidyPlanWindow(LocalDate trainingStart) {
        DeadlinePeriods p = periods.on(trainingStart).value();
        LocalDate earliest = Periods.monthsBefore(trainingStart, p.subsidyPlanEarliestMonthsBeforeTrainingStart());
        Deadline latest = calculator.monthsBefore(DeadlineRule.SUBSIDY_PLAN.dateLabel(), trainingStart,
                p.subsidyPlanLatestMonthsBeforeTrainingStart());
        return new FilingWindow(earliest, latest);
    }

    public Effective<DeadlinePeriods> periodsOn(LocalDate date) {
        return periods.on(date);
    }
}
