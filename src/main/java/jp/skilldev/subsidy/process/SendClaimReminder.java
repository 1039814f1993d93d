package jp.skilldev.subsidy.process;

import java.util.Map;
import jp.skilldev.subsidy.ClaimWindow;
import jp.skilldev.subsidy.SubsidyDeadlines;
import jp.skilldev.subsidy.SubsidyMails;
import jp.skilldev.subsidy.SubsidyPlans;
import jp.skilldev.subsidy.TrainingPlan;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds the employer of the claim deadline; the BPMN input {@code daysBefore} says which reminder. */
@Component("subsidySendClaimReminder")
class SendClaimReminder implements JavaDelegate {

    private final SubsidyPlans plans;
    private final SubsidyDeadlines deadlines;
    private final SubsidyMails mails;

    SendClaimReminder(SubsidyPlans plans, SubsidyDeadlines deadlines, SubsidyMails mails) {
        this.plans = plans;
        this.deadlines = deadlines;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TrainingPlan plan = plans.plan(ProcessVariables.planId(execution));
        ClaimWindow window = deadlines.claimWindow(plan.getTrainingEnd());
        Object daysBefore = execution.getVariable("daysBefore");
        mails.send(plan, "claim-reminder", "claim-reminder-" + daysBefore, Map.of(
                "daysBefore", daysBefore,
                "deadline", window.deadline().effective(),
                "basisJa", window.deadline().basis().ja(),
                "basisEn", window.deadline().basis().en()));
    }
}
