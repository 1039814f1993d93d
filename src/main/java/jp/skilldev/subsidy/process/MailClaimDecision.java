package jp.skilldev.subsidy.process;

import java.util.Map;
import jp.skilldev.subsidy.SubsidyMails;
import jp.skilldev.subsidy.SubsidyPlans;
import jp.skilldev.subsidy.TrainingPlan;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the employer the claim decision with the amount and its breakdown; once per claim. */
@Component("subsidyMailClaimDecision")
class MailClaimDecision implements JavaDelegate {

    private final SubsidyPlans plans;
    private final SubsidyMails mails;

    MailClaimDecision(SubsidyPlans plans, SubsidyMails mails) {
        this.plans = plans;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TrainingPlan plan = plans.plan(ProcessVariables.planId(execution));
        long claimId = ProcessVariables.claimId(execution);
        boolean approved = "APPROVE".equals(execution.getVariable("claimDecision"));
        mails.send(plan, approved ? "claim-approved" : "claim-rejected",
                "claim:" + claimId + ":" + (approved ? "approved" : "rejected"), Map.of(
                        "claimId", claimId,
                        "totalYen", execution.getVariable("claimTotalYen"),
                        "breakdown", execution.getVariable("claimBreakdownText")));
    }
}
