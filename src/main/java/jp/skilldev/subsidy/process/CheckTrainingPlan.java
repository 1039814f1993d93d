package jp.skilldev.subsidy.process;

import jp.skilldev.subsidy.SubsidyPlans;
import jp.skilldev.subsidy.TrainingPlan;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Runs the automatic plan checks and hands their lines to the reviewer's form; counts review rounds. */
@Component("subsidyCheckTrainingPlan")
class CheckTrainingPlan implements JavaDelegate {

    private final SubsidyPlans plans;

    CheckTrainingPlan(SubsidyPlans plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TrainingPlan plan = plans.runChecks(ProcessVariables.planId(execution));
        Object round = execution.getVariable("reviewRound");
        execution.setVariable("reviewRound", round == null ? 1 : ((Number) round).intValue() + 1);
        execution.setVariable("establishmentName", plan.getEstablishment().getName());
        execution.setVariable("trainingSummary", plan.getTrainingKind() + " " + plan.getTrainingStart() + " – "
                + plan.getTrainingEnd() + ", Off-JT " + plan.getOffJtHours().toPlainString() + " h, OJT "
                + plan.getOjtHours().toPlainString() + " h, " + plan.getTrainees().size() + " trainee(s), "
                + plan.getCompanySize() + " (" + plan.getCompanySizeBasis() + ")");
        execution.setVariable("planChecksPassed", plan.isPlanChecksPassed());
        execution.setVariable("planChecksText", plan.getPlanChecks());
        execution.setVariable("estimatedTotalYen", plan.getEstimatedTotalYen());
    }
}
