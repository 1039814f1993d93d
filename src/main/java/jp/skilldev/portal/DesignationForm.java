package jp.skilldev.portal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import jp.skilldev.designation.CourseTier;
import jp.skilldev.designation.DeliveryMode;
import org.springframework.format.annotation.DateTimeFormat;

/** The designation application form (指定申請書); the same limits as the designation API's request. */
public class DesignationForm {

    @NotBlank(message = Messages.REQUIRED)
    @Size(max = 200, message = Messages.TOO_LONG)
    private String courseName;
    @NotNull(message = Messages.CHOOSE)
    private CourseTier tier;
    @NotBlank(message = Messages.REQUIRED)
    @Size(max = 100, message = Messages.TOO_LONG)
    private String field;
    @NotBlank(message = Messages.REQUIRED)
    @Size(max = 20, message = Messages.TOO_LONG)
    private String prefecture;
    @NotNull(message = Messages.REQUIRED_NUMBER)
    @Positive(message = Messages.POSITIVE)
    @Max(value = 10_000, message = Messages.TOO_LARGE)
    private Integer trainingHours;
    @NotNull(message = Messages.REQUIRED_NUMBER)
    @Positive(message = Messages.POSITIVE)
    @Max(value = 120, message = Messages.TOO_LARGE)
    private Integer durationMonths;
    @NotNull(message = Messages.CHOOSE)
    private DeliveryMode deliveryMode;
    @Size(max = 200, message = Messages.TOO_LONG)
    private String targetQualification;
    @NotNull(message = Messages.REQUIRED_NUMBER)
    @PositiveOrZero(message = Messages.ZERO_OR_MORE)
    @Max(value = 100_000_000, message = Messages.TOO_LARGE)
    private Long feeYen;
    @NotNull(message = Messages.REQUIRED_DATE)
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate trackRecordSince;
    @Size(max = 100, message = Messages.TOO_LONG)
    private String facilityManager;
    @Size(max = 100, message = Messages.TOO_LONG)
    private String complaintsOfficer;

    public String getCourseName() { return courseName; }
    public void setCourseName(String courseName) { this.courseName = courseName; }
    public CourseTier getTier() { return tier; }
    public void setTier(CourseTier tier) { this.tier = tier; }
    public String getField() { return field; }
    public void setField(String field) { this.field = field; }
    public String getPrefecture() { return prefecture; }
    public void setPrefecture(String prefecture) { this.prefecture = prefecture; }
    public Integer getTrainingHours() { return trainingHours; }
    public void setTrainingHours(Integer trainingHours) { this.trainingHours = trainingHours; }
    public Integer getDurationMonths() { return durationMonths; }
    public void setDurationMonths(Integer durationMonths) { this.durationMonths = durationMonths; }
    public DeliveryMode getDeliveryMode() { return deliveryMode; }
    public void setDeliveryMode(DeliveryMode deliveryMode) { this.deliveryMode = deliveryMode; }
    public String getTargetQualification() { return targetQualification; }
    public void setTargetQualification(String targetQualification) { this.targetQualification = targetQualification; }
    public Long getFeeYen() { return feeYen; }
    public void setFeeYen(Long feeYen) { this.feeYen = feeYen; }
    public LocalDate getTrackRecordSince() { return trackRecordSince; }
    public void setTrackRecordSince(LocalDate trackRecordSince) { this.trackRecordSince = trackRecordSince; }
    public String getFacilityManager() { return facilityManager; }
    public void setFacilityManager(String facilityManager) { this.facilityManager = facilityManager; }
    public String getComplaintsOfficer() { return complaintsOfficer; }
    public void setComplaintsOfficer(String complaintsOfficer) { this.complaintsOfficer = complaintsOfficer; }
}
