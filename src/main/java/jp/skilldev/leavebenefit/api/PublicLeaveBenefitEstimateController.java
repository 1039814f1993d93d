package jp.skilldev.leavebenefit.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import jp.skilldev.leavebenefit.LeaveBenefitEstimate;
import jp.skilldev.leavebenefit.LeaveBenefitRules;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Public, unauthenticated: what would the education training leave benefit pay? */
@RestController
class PublicLeaveBenefitEstimateController {

    private final LeaveBenefitRules rules;

    PublicLeaveBenefitEstimateController(LeaveBenefitRules rules) {
        this.rules = rules;
    }

    record EstimateRequest(
            @NotNull @Min(15) @Max(120) Integer age,
            @NotNull @Min(0) @Max(1_000_000_000) Long wagesSixMonthsYen,
            @NotNull @Min(0) @Max(60) Integer insuredYears,
            @NotNull LocalDate leaveStart) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EstimateResponse(boolean eligible, List<Reason> reasons, Long wageDailyAmountYen, Long dailyAmountYen,
                            Integer benefitDays, Long amountPer30DaysYen, Long totalAmountYen, String ageBand,
                            List<String> ruleCitations) {
    }

    @PostMapping("/api/public/estimates/leave-benefit")
    EstimateResponse estimate(@Valid @RequestBody EstimateRequest request) {
        LeaveBenefitChecks.checkLeaveStart(rules, request.leaveStart());
        LeaveBenefitEstimate estimate = rules.estimate(request.leaveStart(), request.age(), request.wagesSixMonthsYen(),
                request.insuredYears());
        if (!estimate.eligible()) {
            return new EstimateResponse(false, Reason.of(estimate.failed()), null, null, null, null, null, null, null);
        }
        var terms = estimate.terms();
        return new EstimateResponse(true, null, terms.dailyAmount().wageDailyAmountYen(), terms.dailyAmountYen(),
                terms.benefitDays(), estimate.amountPerPeriodYen(), terms.totalAmountYen(), terms.dailyAmount().ageBand(),
                List.of(terms.dailyAmount().ruleCitation()));
    }
}
