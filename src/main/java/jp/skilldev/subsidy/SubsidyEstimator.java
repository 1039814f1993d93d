package jp.skilldev.subsidy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import jp.skilldev.web.RuleViolationException;
import org.springframework.stereotype.Component;

/**
 * The public one-trainee estimate: the same {@link SubsidyAmounts} the claim uses, for a trainee who
 * attends every planned hour. Refuses, with the rule, what the claim would never pay.
 */
@Component
public class SubsidyEstimator {

    private final SubsidyAmounts amounts;

    public SubsidyEstimator(SubsidyAmounts amounts) {
        this.amounts = amounts;
    }

    public TraineeAmount estimate(TrainingKind kind, CompanySize size, WorkerType workerType, BigDecimal offJtHours,
                                  BigDecimal ojtHours, long expensePaidYen, boolean wageRequirementMet, LocalDate planDate) {
        requireRates(planDate);
        if (!amounts.fits(kind, workerType, planDate)) {
            throw new RuleViolationException("subsidy.worker-type", "対象労働者の区分が訓練に合いません / Worker type does not fit the training",
                    workerType + " is not subsidised in " + kind, Map.of("trainingKind", kind, "workerType", workerType));
        }
        TraineeClaim trainee = new TraineeClaim("estimate", workerType, offJtHours.add(ojtHours), offJtHours, ojtHours,
                expensePaidYen, wageRequirementMet);
        return amounts.trainee(kind, size, planDate, trainee);
    }

    /** Plans filed before the 人材育成支援コース existed (FY2023) fall under other courses this module does not compute. */
    public void requireRates(LocalDate planDate) {
        if (amounts.ratesOn(planDate).isEmpty()) {
            throw new RuleViolationException("subsidy.no-rates", "助成率が定められていない日付です / No rates on that date",
                    "the 人材育成支援コース has no rates for plans filed on " + planDate, Map.of("planDate", planDate));
        }
    }
}
