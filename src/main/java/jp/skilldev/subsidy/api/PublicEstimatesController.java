package jp.skilldev.subsidy.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.skilldev.subsidy.AmountLine;
import jp.skilldev.subsidy.CompanySize;
import jp.skilldev.subsidy.Industry;
import jp.skilldev.subsidy.SmeClassification;
import jp.skilldev.subsidy.SmeDecision;
import jp.skilldev.subsidy.SubsidyEstimator;
import jp.skilldev.subsidy.TraineeAmount;
import jp.skilldev.subsidy.TrainingKind;
import jp.skilldev.subsidy.WorkerType;
import jp.skilldev.web.SupportedDates;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Public, unauthenticated estimators: "am I an SME?" and "how much for one trainee?". Pure computation. */
@RestController
class PublicEstimatesController {

    private final SmeClassification smeClassification;
    private final SubsidyEstimator estimator;
    private final Clock clock;

    PublicEstimatesController(SmeClassification smeClassification, SubsidyEstimator estimator, Clock clock) {
        this.smeClassification = smeClassification;
        this.estimator = estimator;
        this.clock = clock;
    }

    record SmeRequest(@NotNull Industry industry, @NotNull @PositiveOrZero Long capitalYen,
                      @NotNull @PositiveOrZero @Max(100_000_000) Integer regularEmployees) {
    }

    record SmeResponse(boolean sme, CompanySize companySize, String basis, String citation) {
    }

    @PostMapping("/api/public/estimates/sme")
    SmeResponse sme(@Valid @RequestBody SmeRequest request) {
        SmeDecision decision = smeClassification.classify(request.industry(), request.capitalYen(),
                request.regularEmployees(), LocalDate.now(clock));
        return new SmeResponse(decision.sme(), decision.size(), decision.basis(), decision.citation());
    }

    record SubsidyRequest(@NotNull TrainingKind trainingKind, @NotNull CompanySize companySize,
                          @NotNull WorkerType workerType,
                          @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000") BigDecimal hours,
                          @DecimalMin("0") @DecimalMax("100000") BigDecimal ojtHours,
                          @NotNull @PositiveOrZero @Max(1_000_000_000_000L) Long expensePaidYen,
                          Boolean wageRequirementMet, @NotNull LocalDate planDate) {
    }

    record SubsidyResponse(long expenseSubsidyYen, long wageSubsidyYen, long ojtSubsidyYen, long totalYen,
                           List<AmountLine> lines) {
    }

    @PostMapping("/api/public/estimates/subsidy")
    SubsidyResponse subsidy(@Valid @RequestBody SubsidyRequest request) {
        SupportedDates.check("planDate", request.planDate());
        TraineeAmount amount = estimator.estimate(request.trainingKind(), request.companySize(), request.workerType(),
                request.hours(), request.ojtHours() == null ? BigDecimal.ZERO : request.ojtHours(),
                request.expensePaidYen(), Boolean.TRUE.equals(request.wageRequirementMet()), request.planDate());
        return new SubsidyResponse(amount.expenseYen(), amount.wageYen(), amount.ojtYen(), amount.totalYen(), amount.lines());
    }
}
