package jp.skilldev.designation;

/** The names the BPMN {@code course-designation} and the Java code share. */
public final class DesignationProcess {

    public static final String ID = "course-designation";
    public static final String MESSAGE_CORRECTION_ANSWERED = "DesignationCorrectionAnswered";
    public static final String MESSAGE_WITHDRAWN = "DesignationWithdrawn";

    public static final String APPLICATION_ID = "applicationId";
    public static final String DECISION = "decision";
    public static final String REVIEW_COMMENT = "reviewComment";

    private DesignationProcess() {
    }
}
