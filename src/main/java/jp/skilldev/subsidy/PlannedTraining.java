package jp.skilldev.subsidy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the plan checks look at: the training as filed and its trainees. */
public record PlannedTraining(TrainingKind kind, LocalDate start, LocalDate end, BigDecimal offJtHours,
                              BigDecimal ojtHours, List<PlannedTrainee> trainees) {

    /**
     * A trainee of the plan; {@code alreadySubsidisedKinds} are the kinds of training for which the
     * same worker (same establishment, same name) is already in another live plan of the same fiscal year.
     */
    public record PlannedTrainee(String name, WorkerType workerType, List<TrainingKind> alreadySubsidisedKinds) {
    }

    public BigDecimal totalHours() {
        return offJtHours.add(ojtHours);
    }
}
