package jp.skilldev.portal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import jp.skilldev.subsidy.TrainingKind;
import jp.skilldev.subsidy.WorkerType;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The training plan (訓練計画届) with up to {@value #ROWS} trainees; empty trainee rows are ignored. The same
 * limits as the subsidy API's request.
 */
public class PlanForm {

    static final int ROWS = 3;

    @NotNull(message = Messages.CHOOSE)
    private Long establishmentId;
    @NotNull(message = Messages.CHOOSE)
    private TrainingKind trainingKind;
    @NotNull(message = Messages.REQUIRED_DATE)
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate trainingStart;
    @NotNull(message = Messages.REQUIRED_DATE)
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate trainingEnd;
    @NotNull(message = Messages.REQUIRED_NUMBER)
    @DecimalMin(value = "0", message = Messages.ZERO_OR_MORE)
    @DecimalMax(value = "20000", message = Messages.TOO_LARGE)
    private BigDecimal offJtHours;
    @NotNull(message = Messages.REQUIRED_NUMBER)
    @DecimalMin(value = "0", message = Messages.ZERO_OR_MORE)
    @DecimalMax(value = "20000", message = Messages.TOO_LARGE)
    private BigDecimal ojtHours = BigDecimal.ZERO;
    @Valid
    private List<TraineeRow> trainees = new ArrayList<>(IntStream.range(0, ROWS).mapToObj(i -> new TraineeRow()).toList());

    /** One trainee of the plan. */
    public static class TraineeRow {
        @Size(max = 200, message = Messages.TOO_LONG)
        private String name;
        private WorkerType workerType;
        @PositiveOrZero(message = Messages.ZERO_OR_MORE)
        @Max(value = 1_000_000_000L, message = Messages.TOO_LARGE)
        private Long plannedExpenseYen;

        boolean isEmpty() {
            return (name == null || name.isBlank()) && workerType == null && plannedExpenseYen == null;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public WorkerType getWorkerType() { return workerType; }
        public void setWorkerType(WorkerType workerType) { this.workerType = workerType; }
        public Long getPlannedExpenseYen() { return plannedExpenseYen; }
        public void setPlannedExpenseYen(Long plannedExpenseYen) { this.plannedExpenseYen = plannedExpenseYen; }
    }

    public Long getEstablishmentId() { return establishmentId; }
    public void setEstablishmentId(Long establishmentId) { this.establishmentId = establishmentId; }
    public TrainingKind getTrainingKind() { return trainingKind; }
    public void setTrainingKind(TrainingKind trainingKind) { this.trainingKind = trainingKind; }
    public LocalDate getTrainingStart() { return trainingStart; }
    public void setTrainingStart(LocalDate trainingStart) { this.trainingStart = trainingStart; }
    public LocalDate getTrainingEnd() { return trainingEnd; }
    public void setTrainingEnd(LocalDate trainingEnd) { this.trainingEnd = trainingEnd; }
    public BigDecimal getOffJtHours() { return offJtHours; }
    public void setOffJtHours(BigDecimal offJtHours) { this.offJtHours = offJtHours; }
    public BigDecimal getOjtHours() { return ojtHours; }
    public void setOjtHours(BigDecimal ojtHours) { this.ojtHours = ojtHours; }
    public List<TraineeRow> getTrainees() { return trainees; }
    public void setTrainees(List<TraineeRow> trainees) { this.trainees = trainees; }
}
