package jp.skilldev.designation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * An application to designate a course for the Education and Training Benefit (指定申請), from
 * submission in a window to the end of its designation term.
 */
@Entity
@Table(name = "designation_application")
public class DesignationApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @Column(name = "provider_username", nullable = false)
    private String providerUsername;
    @Column(name = "provider_name", nullable = false)
    private String providerName;
    @Column(name = "course_name", nullable = false)
    private String courseName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CourseTier tier;
    @Column(nullable = false)
    private String field;
    @Column(nullable = false)
    private String prefecture;
    @Column(name = "training_hours", nullable = false)
    private int trainingHours;
    @Column(name = "duration_months", nullable = false)
    private int durationMonths;
    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_mode", nullable = false)
    private DeliveryMode deliveryMode;
    @Column(name = "target_qualification")
    private String targetQualification;
    @Column(name = "fee_yen", nullable = false)
    private long feeYen;
    @Column(name = "track_record_since", nullable = false)
    private LocalDate trackRecordSince;
    @Column(name = "facility_manager")
    private String facilityManager;
    @Column(name = "complaints_officer")
    private String complaintsOfficer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DesignationStatus status;
    @Column(name = "submitted_on", nullable = false)
    private LocalDate submittedOn;
    @Column(name = "window_name", nullable = false)
    private String windowName;
    @Column(name = "window_opens", nullable = false)
    private LocalDate windowOpens;
    @Column(name = "window_closes", nullable = false)
    private LocalDate windowCloses;
    @Column(name = "last_filing_day", nullable = false)
    private LocalDate lastFilingDay;
    @Column(name = "designated_from", nullable = false)
    private LocalDate designatedFrom;
    @Column(name = "designated_until", nullable = false)
    private LocalDate designatedUntil;
    @Column(name = "renews_application_id")
    private Long renewsApplicationId;

    @Column(name = "criteria_summary")
    private String criteriaSummary;
    @Column(name = "criteria_all_met")
    private Boolean criteriaAllMet;
    @Column(name = "review_comment")
    private String reviewComment;
    @Column(name = "correction_request")
    private String correctionRequest;
    @Column(name = "correction_due")
    private LocalDate correctionDue;
    @Column(name = "correction_answer")
    private String correctionAnswer;
    @Column(name = "process_instance_id")
    private String processInstanceId;

    protected DesignationApplication() {
    }

    public DesignationApplication(String providerUsername, String providerName, CourseFacts facts, String courseName,
                                  String field, String prefecture, long feeYen, LocalDate submittedOn,
                                  DesignationSchedule.Accepted window) {
        this.providerUsername = providerUsername;
        this.providerName = providerName;
        this.courseName = courseName;
        this.field = field;
        this.prefecture = prefecture;
        this.feeYen = feeYen;
        this.tier = facts.tier();
        this.trainingHours = facts.trainingHours();
        this.durationMonths = facts.durationMonths();
        this.deliveryMode = facts.deliveryMode();
        this.targetQualification = facts.targetQualification();
        this.trackRecordSince = facts.trackRecordSince();
        this.facilityManager = facts.facilityManager();
        this.complaintsOfficer = facts.complaintsOfficer();
        this.status = DesignationStatus.SUBMITTED;
        this.submittedOn = submittedOn;
        this.windowName = window.window().name();
        this.windowOpens = window.window().opens();
        this.windowCloses = window.window().closes();
        this.lastFilingDay = window.lastFilingDay();
        this.designatedFrom = window.designatedFrom();
        this.designatedUntil = window.designatedUntil();
    }

    public CourseFacts facts() {
        return new CourseFacts(tier, trainingHours, durationMonths, deliveryMode, targetQualification, trackRecordSince,
                facilityManager, complaintsOfficer);
    }

    public void recordCriteria(CriteriaReport report) {
        this.criteriaSummary = report.summary();
        this.criteriaAllMet = report.allMet();
        this.status = DesignationStatus.IN_REVIEW;
    }

    public void requestCorrection(String request, LocalDate due) {
        this.correctionRequest = request;
        this.correctionDue = due;
        this.correctionAnswer = null;
        this.status = DesignationStatus.CORRECTION_REQUESTED;
    }

    /** The provider's answer; it may name the people the reviewer found missing or a target qualification. */
    public void answerCorrection(String answer, String facilityManager, String complaintsOfficer,
                                 String targetQualification) {
        this.correctionAnswer = answer;
        if (facilityManager != null) {
            this.facilityManager = facilityManager;
        }
        if (complaintsOfficer != null) {
            this.complaintsOfficer = complaintsOfficer;
        }
        if (targetQualification != null) {
            this.targetQualification = targetQualification;
        }
        this.correctionDue = null;
        this.status = DesignationStatus.SUBMITTED;
    }

    public void decide(DesignationStatus outcome, String comment) {
        this.status = outcome;
        this.reviewComment = comment;
    }

    public void moveTo(DesignationStatus status) {
        this.status = status;
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void renews(Long applicationId) {
        this.renewsApplicationId = applicationId;
    }

    public Long getId() {
        return id;
    }

    public String getProviderUsername() {
        return providerUsername;
    }

    public String getProviderName() {
        return providerName;
    }

    public String getCourseName() {
        return courseName;
    }

    public CourseTier getTier() {
        return tier;
    }

    public String getField() {
        return field;
    }

    public String getPrefecture() {
        return prefecture;
    }

    public int getTrainingHours() {
        return trainingHours;
    }

    public int getDurationMonths() {
        return durationMonths;
    }

    public DeliveryMode getDeliveryMode() {
        return deliveryMode;
    }

    public String getTargetQualification() {
        return targetQualification;
    }

    public long getFeeYen() {
        return feeYen;
    }

    public LocalDate getTrackRecordSince() {
        return trackRecordSince;
    }

    public String getFacilityManager() {
        return facilityManager;
    }

    public String getComplaintsOfficer() {
        return complaintsOfficer;
    }

    public DesignationStatus getStatus() {
        return status;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public String getWindowName() {
        return windowName;
    }

    public LocalDate getWindowOpens() {
        return windowOpens;
    }

    public LocalDate getWindowCloses() {
        return windowCloses;
    }

    public LocalDate getLastFilingDay() {
        return lastFilingDay;
    }

    public LocalDate getDesignatedFrom() {
        return designatedFrom;
    }

    public LocalDate getDesignatedUntil() {
        return designatedUntil;
    }

    public Long getRenewsApplicationId() {
        return renewsApplicationId;
    }

    public String getCriteriaSummary() {
        return criteriaSummary;
    }

    public Boolean getCriteriaAllMet() {
        return criteriaAllMet;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public String getCorrectionRequest() {
        return correctionRequest;
    }

    public LocalDate getCorrectionDue() {
        return correctionDue;
    }

    public String getCorrectionAnswer() {
        return correctionAnswer;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
