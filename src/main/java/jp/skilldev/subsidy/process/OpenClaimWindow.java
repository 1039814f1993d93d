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

/** Training has ended: the claim window opens; its reminder and expiry timers get their dates. */
@Component("subsidyOpenClaimWindow")
class OpenClaimWindow implements JavaDelegate {

    private final SubsidyPlans plans;
    private final SubsidyDeadlines deadlines;
    private final SubsidyMails mails;

    OpenClaimWindow(SubsidyPlans plans, SubsidyDeadlines deadlines, SubsidyMails mails) {
        this.plans = plans;
        this.deadlines = deadlines;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TrainingPlan plan = plans.openClaimWindow(ProcessVariables.planId(execution));
        ClaimWindow window = deadlines.claimWindow(plan.getTrainingEnd());
        execution.setVariable("claimDeadline", window.deadline().effective().toString());
        execution.setVariable("claimFirstReminderAt", plans.startOfDay(window.firstReminder()));
        execution.setVariable("claimLastReminderAt", plans.startOfDay(window.lastReminder()));
        execution.setVariable("claimExpiresAt", plans.startOfDay(window.expiresOn()));
        mails.send(plan, "claim-window-open", "claim-window-open", Map.of(
                "deadline", window.deadline().effective(),
                "basisJa", window.deadline().basis().ja(),
                "basisEn", window.deadline().basis().en()));
    }
}
