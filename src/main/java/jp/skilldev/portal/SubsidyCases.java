package jp.skilldev.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.skilldev.calendar.Deadline;
import jp.skilldev.subsidy.Claim;
import jp.skilldev.subsidy.ClaimRepository;
import jp.skilldev.subsidy.PlanStatus;
import jp.skilldev.subsidy.SubsidyDeadlines;
import jp.skilldev.subsidy.SubsidyPlans;
import jp.skilldev.subsidy.TrainingPlan;
import org.springframework.stereotype.Component;

/** An employer's training plans and claims (人材開発支援助成金) as the portal shows them, read through the subsidy module. */
@Component
class SubsidyCases {

    private static final Bilingual KIND = new Bilingual("人材開発支援助成金", "Training subsidy");

    private final SubsidyPlans plans;
    private final SubsidyDeadlines deadlines;
    private final ClaimRepository claims;

    SubsidyCases(SubsidyPlans plans, SubsidyDeadlines deadlines, ClaimRepository claims) {
        this.plans = plans;
        this.deadlines = deadlines;
        this.claims = claims;
    }

    List<CaseSummary> summaries() {
        return plans.ownPlans().stream().map(this::summary).toList();
    }

    CaseSummary summary(TrainingPlan plan) {
        return new CaseSummary(KIND, "S-" + plan.getId(), plan.getEstablishment().getName() + "："
                + SubsidyLabels.trainingKind(plan.getTrainingKind()).ja() + "（" + plan.getTrainingStart() + " 〜 "
                + plan.getTrainingEnd() + "）", SubsidyLabels.status(plan.getStatus()), nextDeadline(plan).orElse(null),
                SubsidyLabels.nextAction(plan.getStatus()), "/subsidy/" + plan.getId());
    }

    List<Claim> claimsOf(TrainingPlan plan) {
        return claims.findByPlanIdOrderById(plan.getId());
    }

    /** The claim deadline once the plan is approved, or the training start by which a correction must be filed. */
    Optional<NextDeadline> nextDeadline(TrainingPlan plan) {
        LocalDate today = plans.today();
        if (plan.getStatus() == PlanStatus.APPROVED || plan.getStatus() == PlanStatus.AWAITING_CLAIM) {
            Deadline deadline = deadlines.claimWindow(plan.getTrainingEnd()).deadline();
            return Optional.of(NextDeadline.of(new Bilingual("支給申請の期限", "Payment claim deadline"),
                    deadline.effective(), today, deadline.basis().ja() + " / " + deadline.basis().en()));
        }
        if (plan.getStatus() == PlanStatus.CORRECTION_REQUESTED) {
            return Optional.of(NextDeadline.of(new Bilingual("補正の期限（訓練開始日の前日）", "Correction due (day before training starts)"),
                    plan.getTrainingStart().minusDays(1), today, "subsidy-plan-to-claim: a correction not filed before training starts lapses"));
        }
        return Optional.empty();
    }

    List<TimelineStep> timeline(TrainingPlan plan) {
        List<TimelineStep> steps = new ArrayList<>();
        steps.add(new TimelineStep(plan.getFiledOn(), new Bilingual("訓練計画届 提出", "Training plan filed"), null));
        steps.add(new TimelineStep(plan.getTrainingStart(), new Bilingual("訓練開始", "Training starts"), null));
        steps.add(new TimelineStep(plan.getTrainingEnd(), new Bilingual("訓練終了", "Training ends"), null));
        for (Claim claim : claimsOf(plan)) {
            Bilingual kind = SubsidyLabels.claimKind(claim.getKind());
            steps.add(new TimelineStep(claim.getFiledOn(), new Bilingual(kind.ja() + " 提出", kind.en() + " filed"), null));
            if (claim.getDecidedOn() != null) {
                Bilingual status = SubsidyLabels.claimStatus(claim.getStatus());
                steps.add(new TimelineStep(claim.getDecidedOn(), status,
                        claim.getTotalYen() == null ? null : claim.getTotalYen() + " 円"));
            }
        }
        steps.sort((a, b) -> a.on().compareTo(b.on()));
        return steps;
    }
}
