package jp.skilldev.council;

/**
 * The rule data of the table {@code council-cycle}: meetings a year (年２回以上), the working group's minimum
 * courses, and the days after a meeting for publishing its materials and reporting to the Ministry.
 */
public record CycleRules(int minimumMeetings, int workingGroupMinimumCourses, int publishWithinDays,
                         int reportToMinistryWithinDays, int reminderDaysBefore) {

    public CycleRules {
        if (minimumMeetings < 1 || workingGroupMinimumCourses < 1 || publishWithinDays < 1
                || reportToMinistryWithinDays < 1 || reminderDaysBefore < 0) {
            throw new IllegalArgumentException("council-cycle values must be positive");
        }
    }

    /** The cycle closes only with at least the minimum number of meetings recorded. */
    public boolean mayClose(int meetingsHeld) {
        return meetingsHeld >= minimumMeetings;
    }
}
