package jp.skilldev.designation;

/**
 * The rule data of the table {@code designation-correction}: how long a provider has to answer a
 * correction request (補正の回答期限), counted from the request day as day 1 and moved past
 * administrative holidays, and how many days before that deadline the reminder goes out.
 */
public record CorrectionRules(int replyDays, int reminderDaysBefore) {

    public CorrectionRules {
        if (replyDays < 1 || reminderDaysBefore < 0 || reminderDaysBefore >= replyDays) {
            throw new IllegalArgumentException("replyDays must be at least 1 and longer than reminderDaysBefore");
        }
    }
}
