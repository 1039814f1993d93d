package jp.skilldev.portal;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The wage-requirement premium claim (賃金要件等の割増分の支給申請): the day the qualifying wage was paid, and for whom. */
public class PremiumClaimForm {

    @NotNull(message = Messages.REQUIRED_DATE)
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate wagePaidOn;
    @NotEmpty(message = Messages.CHOOSE)
    private List<Long> traineeIds = new ArrayList<>();

    public LocalDate getWagePaidOn() { return wagePaidOn; }
    public void setWagePaidOn(LocalDate wagePaidOn) { this.wagePaidOn = wagePaidOn; }
    public List<Long> getTraineeIds() { return traineeIds; }
    public void setTraineeIds(List<Long> traineeIds) { this.traineeIds = traineeIds; }
}
