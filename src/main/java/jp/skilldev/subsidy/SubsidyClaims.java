package jp.skilldev.subsidy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.skilldev.calendar.Deadline;
import jp.skilldev.web.ConflictException;
import jp.skilldev.web.FieldError;
import jp.skilldev.web.InvalidRequestException;
import jp.skilldev.web.RuleViolationException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment claims and wage-requirement premium claims: filing inside their windows, the amount
 * calculation with its stored breakdown, the decision, and the payment instruction recorded once.
 */
@Service
public class SubsidyClaims {

    public static final String MESSAGE_CLAIM_FILED = "SubsidyClaimFiled";
    public static final String MESSAGE_PREMIUM_CLAIM_FILED = "SubsidyPremiumClaimFiled";

    /** One trainee's actual figures as the employer reports them. */
    public record TraineeFigures(long traineeId, BigDecimal offJtHours, BigDecimal ojtHours, long expensePaidYen,
                                 boolean convertedToRegular) {
    }

    private final SubsidyPlans plans;
    private final TrainingPlanRepository planRepository;
    private final ClaimRepository claims;
    private final EstablishmentRepository establishments;
    private final SubsidyAmounts amounts;
    private final SubsidyDeadlines deadlines;
    private final RuntimeService runtimeService;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    public SubsidyClaims(SubsidyPlans plans, TrainingPlanRepository planRepository, ClaimRepository claims,
                         EstablishmentRepository establishments, SubsidyAmounts amounts, SubsidyDeadlines deadlines, RuntimeService runtimeService,
                         JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.plans = plans;
        this.planRepository = planRepository;
        this.claims = claims;
        this.establishments = establishments;
        this.amounts = amounts;
        this.deadlines = deadlines;
        this.runtimeService = runtimeService;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public Claim fileClaim(long planId, List<TraineeFigures> figures) {
        TrainingPlan plan = plans.ownPlanForAction(planId);
        LocalDate today = LocalDate.now(clock);
        ClaimWindow window = deadlines.claimWindow(plan.getTrainingEnd());
        boolean statusAllows = plan.getStatus() == PlanStatus.AWAITING_CLAIM;
        if (plan.getStatus() == PlanStatus.CLAIM_PERIOD_EXPIRED || (statusAllows && !window.isOpenOn(today))
                || (plan.getStatus() == PlanStatus.APPROVED && !today.isAfter(plan.getTrainingEnd()))) {
            throw new RuleViolationException("subsidy.claim-window", "支給申請期間外です / Outside the claim window",
                    "the payment claim may be filed from " + window.opens() + " to " + window.deadline().effective()
                            + "; today is " + today,
                    Map.of("opens", window.opens(), "deadline", window.deadline().effective(),
                            "basis", window.deadline().basis(), "today", today));
        }
        if (!statusAllows) {
            throw new ConflictException("subsidy.claim-state", "the plan is " + plan.getStatus()
                    + "; a payment claim needs an approved plan whose training has ended");
        }
        Claim claim = new Claim(plan, ClaimKind.PAYMENT, today, null);
        Map<Long, Trainee> trainees = traineesById(plan);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < figures.size(); i++) {
            TraineeFigures f = figures.get(i);
            Trainee trainee = trainees.get(f.traineeId());
            if (trainee == null || !seen.add(f.traineeId())) {
                throw new InvalidRequestException("trainees[" + i + "].traineeId", "plan-trainee",
                        "trainee " + f.traineeId() + " is not a trainee of plan " + planId + " or is listed twice");
            }
            // The subsidy pays for the training as planned: hours beyond the plan are not the planned training.
            if (f.offJtHours().compareTo(plan.getOffJtHours()) > 0) {
                throw new InvalidRequestException("trainees[" + i + "].offJtHours", "within-plan",
                        "at most the planned " + plan.getOffJtHours().toPlainString() + " Off-JT hours");
            }
            if (f.ojtHours().compareTo(plan.getOjtHours()) > 0) {
                throw new InvalidRequestException("trainees[" + i + "].ojtHours", "within-plan",
                        "at most the planned " + plan.getOjtHours().toPlainString() + " OJT hours");
            }
            claim.addTrainee(trainee, f.offJtHours(), f.ojtHours(), f.expensePaidYen(), f.convertedToRegular(), false);
        }
        claims.saveAndFlush(claim);
        plan.moveTo(PlanStatus.CLAIM_FILED);
        try {
            runtimeService.createMessageCorrelation(MESSAGE_CLAIM_FILED)
                    .processInstanceVariableEquals("planId", plan.getId())
                    .setVariable("claimId", claim.getId())
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("subsidy.process-state", "the plan's process is not waiting for a claim");
        }
        return claim;
    }

    /**
     * The premium claim (賃金要件等の割増分): after the payment claim was approved, within 5 months from
     * the day after the qualifying wage was paid, for the trainees named.
     */
    @Transactional
    public Claim filePremiumClaim(long planId, LocalDate wagePaidOn, List<Long> traineeIds) {
        TrainingPlan plan = plans.ownPlanForAction(planId);
        LocalDate today = LocalDate.now(clock);
        if (!wagePaidOn.isAfter(plan.getTrainingEnd()) || wagePaidOn.isAfter(today)) {
            throw new InvalidRequestException("wagePaidOn", "date-range", "the qualifying wage is paid after training ends ("
                    + plan.getTrainingEnd() + ") and not later than today (" + today + ")");
        }
        Claim payment = claims.findByPlanIdAndKind(planId, ClaimKind.PAYMENT)
                .filter(c -> c.getStatus() == ClaimStatus.APPROVED)
                .orElseThrow(() -> new ConflictException("subsidy.premium-needs-payment",
                        "a premium claim follows an approved payment claim"));
        Deadline deadline = deadlines.premiumClaimDeadline(wagePaidOn);
        if (today.isAfter(deadline.effective())) {
            throw new RuleViolationException("subsidy.premium-claim-deadline",
                    "割増分の申請期限を過ぎています / Premium claim deadline passed",
                    "the premium claim was due by " + deadline.effective() + "; today is " + today,
                    Map.of("deadline", deadline.effective(), "basis", deadline.basis(), "today", today));
        }
        if (claims.findByPlanIdAndKind(planId, ClaimKind.PREMIUM).isPresent()) {
            throw new ConflictException("subsidy.premium-once", "the premium claim of this plan was already filed");
        }
        Claim premium = new Claim(plan, ClaimKind.PREMIUM, today, wagePaidOn);
        for (int i = 0; i < traineeIds.size(); i++) {
            long id = traineeIds.get(i);
            ClaimTrainee paid = payment.getTrainees().stream().filter(t -> t.getTrainee().getId() == id).findFirst()
                    .orElseThrow(() -> new InvalidRequestException(List.of(new FieldError("traineeIds", "claim-trainee",
                            "trainee " + id + " is not in the approved payment claim"))));
            if (premium.getTrainees().stream().anyMatch(t -> t.getTrainee().getId() == id)) {
                throw new InvalidRequestException("traineeIds", "unique", "trainee " + id + " is listed twice");
            }
            premium.addTrainee(paid.getTrainee(), paid.getOffJtHours(), paid.getOjtHours(), paid.getExpensePaidYen(),
                    paid.isConvertedToRegular(), true);
        }
        claims.saveAndFlush(premium);
        runtimeService.createMessageCorrelation(MESSAGE_PREMIUM_CLAIM_FILED)
                .processInstanceBusinessKey("subsidy-plan-" + planId + "-premium")
                .setVariable("planId", planId)
                .setVariable("claimId", premium.getId())
                .correlateStartMessage();
        return premium;
    }

    private static Map<Long, Trainee> traineesById(TrainingPlan plan) {
        Map<Long, Trainee> byId = new HashMap<>();
        plan.getTrainees().forEach(t -> byId.put(t.getId(), t));
        return byId;
    }

    /** Computes the claim's amount, counting what the establishment already has decided in the claim's fiscal year. */
    @Transactional
    public CaseAmount compute(long claimId) {
        Claim claim = claims.findById(claimId).orElseThrow();
        TrainingPlan plan = claim.getPlan();
        List<TraineeClaim> trainees = claim.getTrainees().stream().map(t -> t.toTraineeClaim(plan.plannedHours())).toList();
        long decided = claims.sumApproved(claim.getEstablishmentId(), claim.getFiscalYear(), claim.getId());
        CaseAmount amount = claim.getKind() == ClaimKind.PAYMENT
                ? amounts.claim(plan.getTrainingKind(), plan.getCompanySize(), plan.getFiledOn(), trainees, decided)
                : amounts.premiumClaim(plan.getTrainingKind(), plan.getCompanySize(), plan.getFiledOn(), trainees, decided);
        try {
            claim.recordAmount(amount, json.writeValueAsString(amount.lines()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return amount;
    }

    /**
     * Records the reviewer's decision. An approval recomputes the amount first, so that a claim of the
     * same establishment approved in between counts against the fiscal-year limit.
     */
    @Transactional
    public Claim decide(long claimId, boolean approved) {
        if (approved) {
            establishments.lockById(claims.findById(claimId).orElseThrow().getEstablishmentId()).orElseThrow();
            compute(claimId);
        }
        Claim claim = claims.findById(claimId).orElseThrow();
        claim.decide(approved, LocalDate.now(clock));
        if (claim.getKind() == ClaimKind.PAYMENT) {
            claim.getPlan().moveTo(approved ? PlanStatus.PAID : PlanStatus.CLAIM_REJECTED);
        }
        return claim;
    }

    /** 支払指示: inserted once per claim; a retried step finds the row and does nothing. Returns whether it was new. */
    @Transactional
    public boolean recordPaymentInstruction(long claimId) {
        Claim claim = claims.findById(claimId).orElseThrow();
        if (claim.getStatus() != ClaimStatus.APPROVED) {
            throw new IllegalStateException("claim " + claimId + " is not approved");
        }
        return jdbc.update("""
                insert into subsidy_payment_instruction (claim_id, establishment_id, amount_yen, instructed_at)
                values (?, ?, ?, ?) on conflict (claim_id) do nothing""",
                claimId, claim.getEstablishmentId(), claim.getTotalYen(), Timestamp.from(clock.instant())) == 1;
    }

    @Transactional
    public void expireClaimPeriod(long planId) {
        planRepository.findById(planId).orElseThrow().moveTo(PlanStatus.CLAIM_PERIOD_EXPIRED);
    }

    @Transactional(readOnly = true)
    public List<AmountLine> lines(Claim claim) {
        if (claim.getBreakdown() == null) {
            return List.of();
        }
        try {
            return List.of(json.readValue(claim.getBreakdown(), AmountLine[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
