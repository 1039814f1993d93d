package jp.skilldev.portal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The answer to a correction request (補正回答); the same limits as the designation API's request. */
public class CorrectionForm {

    @NotBlank(message = Messages.REQUIRED)
    @Size(max = 4000, message = Messages.TOO_LONG)
    private String answer;
    @Size(max = 100, message = Messages.TOO_LONG)
    private String facilityManager;
    @Size(max = 100, message = Messages.TOO_LONG)
    private String complaintsOfficer;
    @Size(max = 200, message = Messages.TOO_LONG)
    private String targetQualification;

    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
    public String getFacilityManager() { return facilityManager; }
    public void setFacilityManager(String facilityManager) { this.facilityManager = facilityManager; }
    public String getComplaintsOfficer() { return complaintsOfficer; }
    public void setComplaintsOfficer(String complaintsOfficer) { this.complaintsOfficer = complaintsOfficer; }
    public String getTargetQualification() { return targetQualification; }
    public void setTargetQualification(String targetQualification) { this.targetQualification = targetQualification; }
}
