package jp.skilldev.portal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The worker's declaration (認定申告) for one period; the same limits as the leave-benefit API's request. */
public class DeclarationForm {

    @NotNull(message = Messages.CHOOSE)
    private Boolean trainingAttended;
    @NotNull(message = Messages.REQUIRED_NUMBER)
    @Min(value = 0, message = Messages.ZERO_OR_MORE)
    @Max(value = 366, message = Messages.TOO_LARGE)
    private Integer daysWorkedOrPaid;

    public Boolean getTrainingAttended() { return trainingAttended; }
    public void setTrainingAttended(Boolean trainingAttended) { this.trainingAttended = trainingAttended; }
    public Integer getDaysWorkedOrPaid() { return daysWorkedOrPaid; }
    public void setDaysWorkedOrPaid(Integer daysWorkedOrPaid) { this.daysWorkedOrPaid = daysWorkedOrPaid; }
}
