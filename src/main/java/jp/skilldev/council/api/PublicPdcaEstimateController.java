package jp.skilldev.council.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import jp.skilldev.council.DisabilityTrainingGrade.PdcaEvaluation;
import jp.skilldev.council.DisabilityTrainingPdca;
import jp.skilldev.council.FiscalYear;
import jp.skilldev.council.PdcaGrade;
import jp.skilldev.council.Ratio;
import jp.skilldev.ruledata.RuleDataException;
import jp.skilldev.web.InvalidRequestException;
import jp.skilldev.web.RuleViolationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public, unauthenticated: what grade would a year of disability commissioned training get, and what
 * follows from it? Graded under the rules for the fiscal year now being evaluated — the one before
 * today's, since the check in November looks at the previous year's results (seed 001 資料4-2).
 */
@RestController
class PublicPdcaEstimateController {

    private final DisabilityTrainingPdca pdca;
    private final Clock clock;

    PublicPdcaEstimateController(DisabilityTrainingPdca pdca, Clock clock) {
        this.pdca = pdca;
        this.clock = clock;
    }

    record EstimateRequest(
            @NotNull @Min(value = 1, message = "must be at least 1") @Max(1_000_000) Integer planned,
            @NotNull @Min(value = 0, message = "must not be negative") @Max(1_000_000) Integer trained,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal employmentRatePercent,
            String previousGrade) {
    }

    record EstimateResponse(BigDecimal executionRatePercent, String grade, BigDecimal nextPlanChangePercent,
                            boolean improvementPlanRequired, boolean ministryHearing) {
    }

    @PostMapping("/api/public/estimates/disability-pdca")
    EstimateResponse estimate(@Valid @RequestBody EstimateRequest request) {
        PdcaGrade previous = previousGrade(request.previousGrade());
        FiscalYear evaluated = FiscalYear.containing(LocalDate.now(clock)).previous();
        PdcaEvaluation evaluation;
        try {
            evaluation = pdca.evaluate(evaluated, request.planned(), request.trained(),
                    Ratio.percent(request.employmentRatePercent()), previous);
        } catch (RuleDataException noRulesForThatYear) {
            throw new RuleViolationException("council-pdca-rules", "評価基準がありません / No grading rules",
                    "no PDCA grading rules are in force for fiscal year " + evaluated.year(), Map.of("fiscalYear", evaluated.year()));
        }
        return new EstimateResponse(evaluation.executionRatePercent(), evaluation.grade().label(),
                evaluation.nextPlanChangePercent(), evaluation.improvementPlanRequired(), evaluation.ministryHearing());
    }

    private static PdcaGrade previousGrade(String text) {
        if (text == null || text.isBlank() || text.equalsIgnoreCase("null")) {
            return null;
        }
        return PdcaGrade.ofLabel(text).orElseThrow(() -> new InvalidRequestException("previousGrade", "grade",
                "'" + text + "' is not a grade; use one of A+, A, B+, B, C, C-, D, D- or null"));
    }
}
