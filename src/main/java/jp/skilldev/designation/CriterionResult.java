package jp.skilldev.designation;

/** One automatic check of a designation criterion, met or not, with a sentence the reviewer can verify. */
public record CriterionResult(Criterion criterion, boolean met, String ja, String en) {

    /** The criteria the application's facts allow to check before review. */
    public enum Criterion {
        TRACK_RECORD, FACILITY_MANAGER, COMPLAINTS_OFFICER, TRAINING_HOURS, DURATION, DELIVERY_MODE, TARGET_QUALIFICATION
    }
}
