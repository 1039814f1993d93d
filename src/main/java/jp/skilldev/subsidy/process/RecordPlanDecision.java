package jp.skilldev.subsidy.process;

import java.util.Map;
import jp.skilldev.subsidy.SubsidyMails;
import jp.skilldev.subsidy.SubsidyPlans;
import jp.skilldev.subsidy.TrainingPlan;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the plan review's decision and tells the employer, once per review round. */
@Component("subsidyRecordPlanDecision")
class RecordPlanDecision implements JavaDelegate {

    private final SubsidyPlans plans;
    private final SubsidyMails mails;

    RecordPlanDecision(SubsidyPlans plans, SubsidyMails mails) {
        this.plans = plans;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String decision = (String) execution.getVariable("planDecision");
        TrainingPlan plan = plans.recordDecision(ProcessVariables.planId(execution), decision);
        Object comment = execution.getVariable("planReviewComment");
        String template = switch (decision) {
            case "APPROVE" -> "plan-approved";
            case "REJECT" -> "plan-rejected";
            default -> "plan-correction-requested";
        };
        mails.send(plan, template, "round-" + ProcessVariables.reviewRound(execution) + ":" + decision,
                Map.of("comment", comment == null ? "" : comment));
    }
}
