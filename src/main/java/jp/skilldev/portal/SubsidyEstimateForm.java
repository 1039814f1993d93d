package jp.skilldev.portal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import jp.skilldev.subsidy.CompanySize;
import jp.skilldev.subsidy.TrainingKind;
import jp.skilldev.subsidy.WorkerType;
import org.springframework.format.annotation.DateTimeFormat;

/** "How much subsidy for this training?" for one trainee; the same limits as the public estimate API. */
public class SubsidyEstimateForm {

    @NotNull(message = Messages.CHOOSE)
    private TrainingKind trainingKind;
    @NotNull(message = Messages.CHOOSE)
    private CompanySize companySize;
    @NotNull(message = Messages.CHOOSE)
    private WorkerType workerType;
    @NotNull(message = Messages.REQUIRED_NUMBER)
    @DecimalMin(value = "0", inclusive = false, message = Messages.POSITIVE)
    @DecimalMax(value = "100000", message = Messages.TOO_LARGE)
    private BigDecimal hours;
    @DecimalMin(value = "0", message = Messages.ZERO_OR_MORE)
    @DecimalMax(value = "100000", message = Messages.TOO_LARGE)
    private BigDecimal ojtHours;
    @NotNull(message = Messages.REQUIRED_NUMBER)
    @PositiveOrZero(message = Messages.ZERO_OR_MORE)
    @Max(value = 1_000_000_000_000L, message = Messages.TOO_LARGE)
    private Long expensePaidYen;
    private boolean wageRequirementMet;
    @NotNull(message = Messages.REQUIRED_DATE)
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate planDate;

    public TrainingKind getTrainingKind() { return trainingKind; }
    public void setTrainingKind(TrainingKind trainingKind) { this.trainingKind = trainingKind; }
    public CompanySize getCompanySize() { return companySize; }
    public void setCompanySize(CompanySize companySize) { this.companySize = companySize; }
    public WorkerType getWorkerType() { return workerType; }
    public void setWorkerType(WorkerType workerType) { this.workerType = workerType; }
    public BigDecimal getHours() { return hours; }
    public void setHours(BigDecimal hours) { this.hours = hours; }
    public BigDecimal getOjtHours() { return ojtHours; }
    public void setOjtHours(BigDecimal ojtHours) { this.ojtHours = ojtHours; }
    public Long getExpensePaidYen() { return expensePaidYen; }
    public void setExpensePaidYen(Long expensePaidYen) { this.expensePaidYen = expensePaidYen; }
    public boolean isWageRequirementMet() { return wageRequirementMet; }
    public void setWageRequirementMet(boolean wageRequirementMet) { this.wageRequirementMet = wageRequirementMet; }
    public LocalDate getPlanDate() { return planDate; }
    public void setPlanDate(LocalDate planDate) { this.planDate = planDate; }
}
