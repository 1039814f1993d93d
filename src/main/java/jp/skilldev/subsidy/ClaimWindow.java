package jp.skilldev.subsidy;

import java.time.LocalDate;
import jp.skilldev.calendar.Deadline;

/**
 * The payment claim window (支給申請期間): it opens the day after training ends and closes on the
 * holiday-rolled deadline 2 months from that day (RULES §2). The employer is reminded 14 and 3 days
 * before the deadline (issue 4: office practice, not law).
 */
public record ClaimWindow(LocalDate opens, Deadline deadline) {

    public static final int FIRST_REMINDER_DAYS_BEFORE = 14;
    public static final int LAST_REMINDER_DAYS_BEFORE = 3;

    public boolean isOpenOn(LocalDate date) {
        return !date.isBefore(opens) && !date.isAfter(deadline.effective());
    }

    public LocalDate firstReminder() {
        return deadline.effective().minusDays(FIRST_REMINDER_DAYS_BEFORE);
    }

    public LocalDate lastReminder() {
        return deadline.effective().minusDays(LAST_REMINDER_DAYS_BEFORE);
    }

    /** The first day on which a claim is too late: the process's expiry timer fires at its start. */
    public LocalDate expiresOn() {
        return deadline.effective().plusDays(1);
    }
}
