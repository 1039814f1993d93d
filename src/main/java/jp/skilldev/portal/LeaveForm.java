package jp.skilldev.portal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The employer's leave filing (教育訓練休暇取得確認票), optionally with the wage certificate; the same limits
 * as the leave-benefit API's request. Check boxes are false when not ticked.
 */
public class LeaveForm extends WageCertificateForm {

    @NotBlank(message = Messages.REQUIRED)
    private String workerUsername;
    @NotNull(message = Messages.REQUIRED_DATE)
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate leaveStart;
    @NotNull(message = Messages.REQUIRED_DATE)
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedLastDay;
    private boolean unpaid;
    private boolean ownInitiativeUnderWorkRules;
    private boolean businessOrder;
    private boolean dismissalPlanned;
    @NotNull(message = Messages.REQUIRED_NUMBER)
    @Min(value = 15, message = Messages.MIN)
    @Max(value = 120, message = Messages.TOO_LARGE)
    private Integer workerAgeAtLeaveStart;
    @NotNull(message = Messages.REQUIRED_NUMBER)
    @Min(value = 0, message = Messages.MIN)
    @Max(value = 60, message = Messages.TOO_LARGE)
    private Integer enrolmentYears;
    @NotNull(message = Messages.REQUIRED_NUMBER)
    @Min(value = 0, message = Messages.MIN)
    @Max(value = 24, message = Messages.TOO_LARGE)
    private Integer insuredMonthsInLastTwoYears;

    public String getWorkerUsername() { return workerUsername; }
    public void setWorkerUsername(String workerUsername) { this.workerUsername = workerUsername; }
    public LocalDate getLeaveStart() { return leaveStart; }
    public void setLeaveStart(LocalDate leaveStart) { this.leaveStart = leaveStart; }
    public LocalDate getPlannedLastDay() { return plannedLastDay; }
    public void setPlannedLastDay(LocalDate plannedLastDay) { this.plannedLastDay = plannedLastDay; }
    public boolean isUnpaid() { return unpaid; }
    public void setUnpaid(boolean unpaid) { this.unpaid = unpaid; }
    public boolean isOwnInitiativeUnderWorkRules() { return ownInitiativeUnderWorkRules; }
    public void setOwnInitiativeUnderWorkRules(boolean value) { this.ownInitiativeUnderWorkRules = value; }
    public boolean isBusinessOrder() { return businessOrder; }
    public void setBusinessOrder(boolean businessOrder) { this.businessOrder = businessOrder; }
    public boolean isDismissalPlanned() { return dismissalPlanned; }
    public void setDismissalPlanned(boolean dismissalPlanned) { this.dismissalPlanned = dismissalPlanned; }
    public Integer getWorkerAgeAtLeaveStart() { return workerAgeAtLeaveStart; }
    public void setWorkerAgeAtLeaveStart(Integer value) { this.workerAgeAtLeaveStart = value; }
    public Integer getEnrolmentYears() { return enrolmentYears; }
    public void setEnrolmentYears(Integer enrolmentYears) { this.enrolmentYears = enrolmentYears; }
    public Integer getInsuredMonthsInLastTwoYears() { return insuredMonthsInLastTwoYears; }
    public void setInsuredMonthsInLastTwoYears(Integer value) { this.insuredMonthsInLastTwoYears = value; }
}
