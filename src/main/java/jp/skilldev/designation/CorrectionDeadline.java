package jp.skilldev.designation;

import java.time.LocalDate;
import jp.skilldev.calendar.Deadline;
import jp.skilldev.calendar.DeadlineCalculator;
import jp.skilldev.calendar.Label;

/**
 * The reply deadline of a correction request (補正の回答期限): a number of days counted from the
 * request day as day 1, moved past administrative holidays (RULES §0), and the day of the reminder
 * before it. The application lapses at the end of the deadline day.
 */
public record CorrectionDeadline(Deadline reply, LocalDate remindOn, LocalDate lapsesOn) {

    private static final Label REQUEST_DAY = new Label("補正依頼日", "correction request");

    public static CorrectionDeadline of(DeadlineCalculator calculator, CorrectionRules rules, LocalDate requestDay) {
        Deadline reply = calculator.daysCountedFrom(REQUEST_DAY, requestDay, rules.replyDays());
        return new CorrectionDeadline(reply, reply.effective().minusDays(rules.reminderDaysBefore()),
                reply.effective().plusDays(1));
    }
}
