package jp.skilldev.subsidy.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import jp.skilldev.calendar.Deadline;
import jp.skilldev.deadlines.FilingWindow;
import jp.skilldev.subsidy.AmountLine;
import jp.skilldev.subsidy.CaseAmount;
import jp.skilldev.subsidy.Claim;
import jp.skilldev.subsidy.ClaimKind;
import jp.skilldev.subsidy.ClaimRepository;
import jp.skilldev.subsidy.ClaimStatus;
import jp.skilldev.subsidy.ClaimWindow;
import jp.skilldev.subsidy.CompanySize;
import jp.skilldev.subsidy.PlanStatus;
import jp.skilldev.subsidy.SubsidyClaims;
import jp.skilldev.subsidy.SubsidyDeadlines;
import jp.skilldev.subsidy.SubsidyPlans;
import jp.skilldev.subsidy.TrainingKind;
import jp.skilldev.subsidy.TrainingPlan;
import jp.skilldev.subsidy.WorkerType;
import jp.skilldev.web.InvalidRequestException;
import jp.skilldev.web.SupportedDates;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Training plans (訓練計画届) and their claims, for the employer who filed them. */
@RestController
class TrainingPlanController {

    private final SubsidyPlans plans;
    private final SubsidyClaims claims;
    private final ClaimRepository claimRepository;
    private final SubsidyDeadlines deadlines;

    TrainingPlanController(SubsidyPlans plans, SubsidyClaims claims, ClaimRepository claimRepository,
                           SubsidyDeadlines deadlines) {
        this.plans = plans;
        this.claims = claims;
        this.claimRepository = claimRepository;
        this.deadlines = deadlines;
    }

    record TraineeRequest(@NotBlank @Size(max = 200) String name, @NotNull WorkerType workerType,
                          @NotNull @PositiveOrZero @Max(1_000_000_000L) Long plannedExpenseYen) {
    }

    record PlanRequest(@NotNull Long establishmentId, @NotNull TrainingKind trainingKind, @NotNull LocalDate trainingStart,
                       @NotNull LocalDate trainingEnd,
                       @NotNull @DecimalMin("0") @DecimalMax("20000") @Digits(integer = 5, fraction = 2) BigDecimal offJtHours,
                       @NotNull @DecimalMin("0") @DecimalMax("20000") @Digits(integer = 5, fraction = 2) BigDecimal ojtHours,
                       @NotEmpty @Size(max = 500) List<@Valid @NotNull TraineeRequest> trainees) {

        TrainingPlan.Content content() {
            SupportedDates.check("trainingStart", trainingStart);
            SupportedDates.check("trainingEnd", trainingEnd);
            if (trainingEnd.isBefore(trainingStart)) {
                throw new InvalidRequestException("trainingEnd", "after-start", "the training ends on or after its start "
                        + trainingStart);
            }
            if (offJtHours.add(ojtHours).signum() == 0) {
                throw new InvalidRequestException("offJtHours", "positive-total", "the training needs some hours");
            }
            return new TrainingPlan.Content(trainingKind, trainingStart, trainingEnd, offJtHours, ojtHours,
                    trainees.stream().map(t -> new TrainingPlan.TraineeContent(t.name().strip(), t.workerType(),
                            t.plannedExpenseYen())).toList());
        }
    }

    record TraineeResponse(long id, String name, WorkerType workerType, long plannedExpenseYen) {
    }

    record PlanWindowResponse(LocalDate earliest, LocalDate latest, Deadline.Basis basis) {
    }

    record ClaimDeadlineResponse(LocalDate opens, LocalDate nominalDeadline, LocalDate deadline, Deadline.Basis basis) {
    }

    record DeadlinesResponse(PlanWindowResponse planWindow, ClaimDeadlineResponse claim) {
    }

    record EstimateResponse(long totalYen, List<AmountLine> lines) {
    }

    record ClaimResponse(long id, ClaimKind kind, ClaimStatus status, LocalDate filedOn, int fiscalYear,
                         LocalDate wagePaidOn, Long subtotalYen, Long alreadyDecidedYen, Long totalYen,
                         LocalDate decidedOn, List<AmountLine> lines) {
    }

    record PlanResponse(long id, long establishmentId, TrainingKind trainingKind, LocalDate trainingStart,
                        LocalDate trainingEnd, BigDecimal offJtHours, BigDecimal ojtHours, LocalDate filedOn,
                        CompanySize companySize, String companySizeBasis, PlanStatus status,
                        List<TraineeResponse> trainees, boolean planChecksPassed, List<String> planChecks,
                        DeadlinesResponse deadlines, EstimateResponse estimate, List<ClaimResponse> claims) {
    }

    record PlanSummary(long id, long establishmentId, TrainingKind trainingKind, LocalDate trainingStart,
                       LocalDate trainingEnd, PlanStatus status, long estimatedTotalYen) {
    }

    record ClaimTraineeRequest(@NotNull Long traineeId,
                               @NotNull @DecimalMin("0") @DecimalMax("20000") @Digits(integer = 5, fraction = 2) BigDecimal offJtHours,
                               @NotNull @DecimalMin("0") @DecimalMax("20000") @Digits(integer = 5, fraction = 2) BigDecimal ojtHours,
                               @NotNull @PositiveOrZero @Max(1_000_000_000L) Long expensePaidYen,
                               Boolean convertedToRegular) {
    }

    record ClaimRequest(@NotEmpty @Size(max = 500) List<@Valid @NotNull ClaimTraineeRequest> trainees) {
    }

    record PremiumClaimRequest(@NotNull LocalDate wagePaidOn, @NotEmpty @Size(max = 500) List<@NotNull Long> traineeIds) {
    }

    @PostMapping("/api/subsidy-plans")
    ResponseEntity<PlanResponse> file(@Valid @RequestBody PlanRequest request) {
        TrainingPlan plan = plans.file(request.establishmentId(), request.content());
        return ResponseEntity.created(URI.create("/api/subsidy-plans/" + plan.getId())).body(view(plan.getId()));
    }

    @GetMapping("/api/subsidy-plans")
    List<PlanSummary> own() {
        return plans.ownPlans().stream().map(p -> new PlanSummary(p.getId(), p.getEstablishment().getId(),
                p.getTrainingKind(), p.getTrainingStart(), p.getTrainingEnd(), p.getStatus(), p.getEstimatedTotalYen()))
                .toList();
    }

    @GetMapping("/api/subsidy-plans/{id}")
    PlanResponse one(@PathVariable long id) {
        return view(id);
    }

    @PostMapping("/api/subsidy-plans/{id}/change")
    PlanResponse change(@PathVariable long id, @Valid @RequestBody PlanRequest request) {
        plans.change(id, request.content());
        return view(id);
    }

    @PostMapping("/api/subsidy-plans/{id}/withdraw")
    PlanResponse withdraw(@PathVariable long id) {
        plans.withdraw(id);
        return view(id);
    }

    @PostMapping("/api/subsidy-plans/{id}/claim")
    ResponseEntity<PlanResponse> claim(@PathVariable long id, @Valid @RequestBody ClaimRequest request) {
        claims.fileClaim(id, request.trainees().stream().map(t -> new SubsidyClaims.TraineeFigures(t.traineeId(),
                t.offJtHours(), t.ojtHours(), t.expensePaidYen(), Boolean.TRUE.equals(t.convertedToRegular()))).toList());
        return ResponseEntity.status(201).body(view(id));
    }

    @PostMapping("/api/subsidy-plans/{id}/premium-claim")
    ResponseEntity<PlanResponse> premiumClaim(@PathVariable long id, @Valid @RequestBody PremiumClaimRequest request) {
        SupportedDates.check("wagePaidOn", request.wagePaidOn());
        claims.filePremiumClaim(id, request.wagePaidOn(), request.traineeIds());
        return ResponseEntity.status(201).body(view(id));
    }

    private PlanResponse view(long id) {
        TrainingPlan plan = plans.visiblePlan(id);
        FilingWindow window = deadlines.planWindow(plan.getTrainingStart());
        ClaimWindow claimWindow = deadlines.claimWindow(plan.getTrainingEnd());
        CaseAmount estimate = plans.estimate(plan);
        List<ClaimResponse> claimViews = claimRepository.findByPlanIdOrderById(id).stream().map(this::claimView).toList();
        return new PlanResponse(plan.getId(), plan.getEstablishment().getId(), plan.getTrainingKind(),
                plan.getTrainingStart(), plan.getTrainingEnd(), plan.getOffJtHours(), plan.getOjtHours(),
                plan.getFiledOn(), plan.getCompanySize(), plan.getCompanySizeBasis(), plan.getStatus(),
                plan.getTrainees().stream().map(t -> new TraineeResponse(t.getId(), t.getName(), t.getWorkerType(),
                        t.getPlannedExpenseYen())).toList(),
                plan.isPlanChecksPassed(),
                Arrays.stream(plan.getPlanChecks().split("\n")).filter(s -> !s.isBlank()).toList(),
                new DeadlinesResponse(new PlanWindowResponse(window.earliest(), window.latest().effective(),
                        window.latest().basis()),
                        new ClaimDeadlineResponse(claimWindow.opens(), claimWindow.deadline().nominal(),
                                claimWindow.deadline().effective(), claimWindow.deadline().basis())),
                new EstimateResponse(estimate.totalYen(), estimate.lines()), claimViews);
    }

    private ClaimResponse claimView(Claim c) {
        return new ClaimResponse(c.getId(), c.getKind(), c.getStatus(), c.getFiledOn(), c.getFiscalYear(), c.getWagePaidOn(),
                c.getSubtotalYen(), c.getAlreadyDecidedYen(), c.getTotalYen(), c.getDecidedOn(), claims.lines(c));
    }
}
