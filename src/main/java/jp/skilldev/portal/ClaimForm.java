package jp.skilldev.portal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The payment claim (支給申請): what each trainee actually attended and what the employer paid. */
public class ClaimForm {

    @Valid
    private List<Row> trainees = new ArrayList<>();

    /** One trainee's actual figures. */
    public static class Row {
        @NotNull
        private Long traineeId;
        private String name;
        @NotNull(message = Messages.REQUIRED_NUMBER)
        @DecimalMin(value = "0", message = Messages.ZERO_OR_MORE)
        @DecimalMax(value = "20000", message = Messages.TOO_LARGE)
        private BigDecimal offJtHours;
        @NotNull(message = Messages.REQUIRED_NUMBER)
        @DecimalMin(value = "0", message = Messages.ZERO_OR_MORE)
        @DecimalMax(value = "20000", message = Messages.TOO_LARGE)
        private BigDecimal ojtHours = BigDecimal.ZERO;
        @NotNull(message = Messages.REQUIRED_NUMBER)
        @PositiveOrZero(message = Messages.ZERO_OR_MORE)
        @Max(value = 1_000_000_000L, message = Messages.TOO_LARGE)
        private Long expensePaidYen;
        private boolean convertedToRegular;

        public Long getTraineeId() { return traineeId; }
        public void setTraineeId(Long traineeId) { this.traineeId = traineeId; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public BigDecimal getOffJtHours() { return offJtHours; }
        public void setOffJtHours(BigDecimal offJtHours) { this.offJtHours = offJtHours; }
        public BigDecimal getOjtHours() { return ojtHours; }
        public void setOjtHours(BigDecimal ojtHours) { this.ojtHours = ojtHours; }
        public Long getExpensePaidYen() { return expensePaidYen; }
        public void setExpensePaidYen(Long expensePaidYen) { this.expensePaidYen = expensePaidYen; }
        public boolean isConvertedToRegular() { return convertedToRegular; }
        public void setConvertedToRegular(boolean convertedToRegular) { this.convertedToRegular = convertedToRegular; }
    }

    public List<Row> getTrainees() { return trainees; }
    public void setTrainees(List<Row> trainees) { this.trainees = trainees; }
}
