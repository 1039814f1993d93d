package jp.skilldev.subsidy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import jp.skilldev.deadlines.FilingWindow;
import jp.skilldev.security.ApplicantRole;
import jp.skilldev.security.CurrentUser;
import jp.skilldev.web.ConflictException;
import jp.skilldev.web.NotFoundException;
import jp.skilldev.web.RuleViolationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Establishments and training plans of the employers: filing, change and withdrawal (before training
 * starts), the automatic plan checks, and the estimate. An employer sees only their own records;
 * anyone else's answers 404.
 */
@Service
public class SubsidyPlans {

    public static final String PROCESS_ID = "subsidy-plan-to-claim";
    public static final String MESSAGE_PLAN_CHANGED = "SubsidyPlanChanged";
    public static final String MESSAGE_PLAN_WITHDRAWN = "SubsidyPlanWithdrawn";
    private static final EnumSet<PlanStatus> CHANGEABLE =
            EnumSet.of(PlanStatus.UNDER_REVIEW, PlanStatus.CORRECTION_REQUESTED, PlanStatus.APPROVED);
    private static final EnumSet<PlanStatus> DEAD = EnumSet.of(PlanStatus.REJECTED, PlanStatus.WITHDRAWN);

    private final EstablishmentRepository establishments;
    private final TrainingPlanRepository plans;
    private final ClaimRepository claims;
    private final SmeClassification smeClassification;
    private final TrainingPlanChecks planChecks;
    private final SubsidyAmounts amounts;
    private final SubsidyEstimator estimator;
    private final SubsidyDeadlines deadlines;
    private final CurrentUser currentUser;
    private final RuntimeService runtimeService;
    private final Clock clock;

    public SubsidyPlans(EstablishmentRepository establishments, TrainingPlanRepository plans, ClaimRepository claims,
                        SmeClassification smeClassification, TrainingPlanChecks planChecks, SubsidyAmounts amounts,
                        SubsidyEstimator estimator, SubsidyDeadlines deadlines, CurrentUser currentUser,
                        RuntimeService runtimeService, Clock clock) {
        this.establishments = establishments;
        this.plans = plans;
        this.claims = claims;
        this.smeClassification = smeClassification;
        this.planChecks = planChecks;
        this.amounts = amounts;
        this.estimator = estimator;
        this.deadlines = deadlines;
        this.currentUser = currentUser;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public String requireEmployer() {
        if (currentUser.applicantRole().filter(r -> r == ApplicantRole.EMPLOYER).isEmpty()) {
            throw new AccessDeniedException("only an employer (事業主) may do this");
        }
        return currentUser.username();
    }

    @Transactional
    public Establishment register(String name, Industry industry, long capitalYen, int regularEmployees,
                                  String insuranceOfficeNumber) {
        String owner = requireEmployer();
        return establishments.save(new Establishment(owner, name, industry, capitalYen, regularEmployees,
                insuranceOfficeNumber, Instant.now(clock)));
    }

    @Transactional(readOnly = true)
    public List<Establishment> ownEstablishments() {
        return establishments.findByOwnerOrderById(currentUser.username());
    }

    @Transactional(readOnly = true)
    public Establishment ownEstablishment(long id) {
        return establishments.findById(id).filter(e -> e.getOwner().equals(currentUser.username()))
                .orElseThrow(() -> new NotFoundException("establishment", id));
    }

    @Transactional(readOnly = true)
    public List<TrainingPlan> ownPlans() {
        List<TrainingPlan> own = plans.findByOwnerOrderById(currentUser.username());
        own.forEach(p -> p.getTrainees().size());
        return own;
    }

    /** The plan if the caller owns it (staff see every plan); otherwise 404, so that ids leak nothing. */
    @Transactional(readOnly = true)
    public TrainingPlan visiblePlan(long id) {
        TrainingPlan plan = plans.findById(id)
                .filter(p -> currentUser.isStaff() || p.getOwner().equals(currentUser.username()))
                .orElseThrow(() -> new NotFoundException("subsidy plan", id));
        plan.getTrainees().size();
        return plan;
    }

    TrainingPlan ownPlanForAction(long id) {
        String owner = requireEmployer();
        return plans.findById(id).filter(p -> p.getOwner().equals(owner))
                .orElseThrow(() -> new NotFoundException("subsidy plan", id));
    }

    /**
     * Files a plan: refused (422) outside the filing window; the company size is decided now and
     * frozen; the process starts and runs the automatic checks before the reviewer sees the plan.
     */
    @Transactional
    public TrainingPlan file(long establishmentId, TrainingPlan.Content content) {
        requireEmployer();
        Establishment establishment = ownEstablishment(establishmentId);
        LocalDate today = today();
        requireWindow(content.start(), today);
        estimator.requireRates(today);
        SmeDecision size = smeClassification.classify(establishment.getIndustry(), establishment.getCapitalYen(),
                establishment.getRegularEmployees(), today);
        TrainingPlan plan = plans.saveAndFlush(new TrainingPlan(establishment, content, today, size, Instant.now(clock)));
        runtimeService.createProcessInstanceByKey(PROCESS_ID)
                .businessKey("subsidy-plan-" + plan.getId())
                .setVariable("planId", plan.getId())
                .setVariable("trainingStartsAt", startOfDay(plan.getTrainingStart()))
                .setVariable("trainingEndsAt", startOfDay(plan.getTrainingEnd().plusDays(1)))
                .execute();
        return plan;
    }

    /**
     * A change before training starts, reviewed again. Moving the training start is a new filing for
     * the new start and must fall in its window; other changes (e.g. a requested correction) may be
     * filed until the day before training starts.
     */
    @Transactional
    public TrainingPlan change(long id, TrainingPlan.Content content) {
        TrainingPlan plan = ownPlanForAction(id);
        requireBeforeTrainingStart(plan, "change");
        if (!content.start().equals(plan.getTrainingStart())) {
            requireWindow(content.start(), today());
        }
        plan.change(content);
        plans.saveAndFlush(plan);
        correlate(plan, MESSAGE_PLAN_CHANGED, Map.of("trainingStartsAt", startOfDay(content.start()),
                "trainingEndsAt", startOfDay(content.end().plusDays(1))));
        return plan;
    }

    @Transactional
    public TrainingPlan withdraw(long id) {
        TrainingPlan plan = ownPlanForAction(id);
        requireBeforeTrainingStart(plan, "withdraw");
        plan.moveTo(PlanStatus.WITHDRAWN);
        correlate(plan, MESSAGE_PLAN_WITHDRAWN, Map.of());
        return plan;
    }

    private void correlate(TrainingPlan plan, String message, Map<String, Object> variables) {
        try {
            runtimeService.createMessageCorrelation(message)
                    .processInstanceVariableEquals("planId", plan.getId())
                    .setVariables(variables)
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("subsidy.process-state", "the plan's process does not accept this now");
        }
    }

    private void requireBeforeTrainingStart(TrainingPlan plan, String action) {
        if (!CHANGEABLE.contains(plan.getStatus()) || !today().isBefore(plan.getTrainingStart())) {
            throw new RuleViolationException("subsidy.plan-" + action, "訓練開始前に限ります / Only before training starts",
                    "a plan can be " + (action.equals("change") ? "changed" : "withdrawn")
                            + " only before its training starts and while it is under review or approved; status "
                            + plan.getStatus(), Map.of("trainingStart", plan.getTrainingStart(), "status", plan.getStatus()));
        }
    }

    private void requireWindow(LocalDate trainingStart, LocalDate today) {
        FilingWindow window = deadlines.planWindow(trainingStart);
        if (!window.contains(today)) {
            throw new RuleViolationException("subsidy.plan-window",
                    "訓練計画届の提出期間外です / Outside the plan filing window",
                    "a plan for training starting " + trainingStart + " may be filed from " + window.earliest() + " to "
                            + window.latest().effective() + "; today is " + today,
                    Map.of("earliest", window.earliest(), "latest", window.latest().effective(),
                            "basis", window.latest().basis(), "today", today));
        }
    }

    /** Runs the automatic checks on the plan as it stands and stores them for the reviewer. */
    @Transactional
    public TrainingPlan runChecks(long planId) {
        TrainingPlan plan = plans.findById(planId).orElseThrow();
        LocalDate fiscalYearStart = LocalDate.of(FiscalYears.of(plan.getTrainingStart()), 4, 1);
        List<TrainingPlan> others = plans.findOthersStartingBetween(plan.getEstablishment().getId(), plan.getId(),
                fiscalYearStart, fiscalYearStart.plusYears(1).minusDays(1), DEAD);
        List<PlannedTraining.PlannedTrainee> trainees = plan.getTrainees().stream()
                .map(t -> new PlannedTraining.PlannedTrainee(t.getName(), t.getWorkerType(), others.stream()
                        .filter(o -> o.getTrainees().stream().anyMatch(ot -> sameWorker(ot.getName(), t.getName())))
                        .map(TrainingPlan::getTrainingKind).toList()))
                .toList();
        plan.recordChecks(planChecks.check(new PlannedTraining(plan.getTrainingKind(), plan.getTrainingStart(),
                plan.getTrainingEnd(), plan.getOffJtHours(), plan.getOjtHours(), trainees), plan.getFiledOn()));
        plan.estimate(estimate(plan).totalYen());
        if (plan.getStatus() == PlanStatus.CORRECTION_REQUESTED) {
            plan.moveTo(PlanStatus.UNDER_REVIEW);
        }
        return plan;
    }

    /** Records the reviewer's plan decision ({@code APPROVE | REJECT | REQUEST_CORRECTION}). */
    @Transactional
    public TrainingPlan recordDecision(long planId, String decision) {
        TrainingPlan plan = plans.findById(planId).orElseThrow();
        plan.moveTo(switch (decision) {
            case "APPROVE" -> PlanStatus.APPROVED;
            case "REJECT" -> PlanStatus.REJECTED;
            case "REQUEST_CORRECTION" -> PlanStatus.CORRECTION_REQUESTED;
            default -> throw new IllegalArgumentException("unknown plan decision " + decision);
        });
        return plan;
    }

    /** A requested correction never came: once training has started the plan can no longer be changed. */
    @Transactional
    public TrainingPlan lapse(long planId) {
        TrainingPlan plan = plans.findById(planId).orElseThrow();
        plan.moveTo(PlanStatus.LAPSED);
        return plan;
    }

    @Transactional
    public TrainingPlan openClaimWindow(long planId) {
        TrainingPlan plan = plans.findById(planId).orElseThrow();
        plan.moveTo(PlanStatus.AWAITING_CLAIM);
        return plan;
    }

    @Transactional(readOnly = true)
    public TrainingPlan plan(long planId) {
        TrainingPlan plan = plans.findById(planId).orElseThrow();
        plan.getTrainees().size();
        plan.getEstablishment().getName();
        return plan;
    }

    /** Workers are told apart by name within one establishment; spacing (全角・半角) does not make a new worker. */
    private static boolean sameWorker(String a, String b) {
        return a.replaceAll("[\\s\u3000]+", "").equals(b.replaceAll("[\\s\u3000]+", ""));
    }

    /** The estimate: every trainee attends every planned hour and the planned expense is paid. */
    @Transactional(readOnly = true)
    public CaseAmount estimate(TrainingPlan plan) {
        List<TraineeClaim> trainees = plan.getTrainees().stream()
                .map(t -> new TraineeClaim(t.getName(), t.getWorkerType(), plan.plannedHours(), plan.getOffJtHours(),
                        plan.getOjtHours(), t.getPlannedExpenseYen(), false))
                .toList();
        long decided = claims.sumApproved(plan.getEstablishment().getId(), FiscalYears.of(today()), -1);
        return amounts.claim(plan.getTrainingKind(), plan.getCompanySize(), plan.getFiledOn(), trainees, decided);
    }

    public Date startOfDay(LocalDate date) {
        ZoneId zone = clock.getZone();
        return Date.from(date.atStartOfDay(zone).toInstant());
    }
}
