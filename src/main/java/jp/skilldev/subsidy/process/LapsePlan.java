package jp.skilldev.subsidy.process;

import java.util.Map;
import jp.skilldev.subsidy.SubsidyMails;
import jp.skilldev.subsidy.SubsidyPlans;
import jp.skilldev.subsidy.TrainingPlan;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The corrected plan did not come before training started: the plan lapses and the employer is told. */
@Component("subsidyLapsePlan")
class LapsePlan implements JavaDelegate {

    private final SubsidyPlans plans;
    private final SubsidyMails mails;

    LapsePlan(SubsidyPlans plans, SubsidyMails mails) {
        this.plans = plans;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TrainingPlan plan = plans.lapse(ProcessVariables.planId(execution));
        mails.send(plan, "plan-lapsed", "lapsed", Map.of());
    }
}
