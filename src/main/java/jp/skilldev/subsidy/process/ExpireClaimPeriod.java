package jp.skilldev.subsidy.process;

import java.util.Map;
import jp.skilldev.subsidy.SubsidyClaims;
import jp.skilldev.subsidy.SubsidyMails;
import jp.skilldev.subsidy.SubsidyPlans;
import jp.skilldev.subsidy.TrainingPlan;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** No claim by the deadline: the case ends CLAIM_PERIOD_EXPIRED and the employer is told. */
@Component("subsidyExpireClaimPeriod")
class ExpireClaimPeriod implements JavaDelegate {

    private final SubsidyClaims claims;
    private final SubsidyPlans plans;
    private final SubsidyMails mails;

    ExpireClaimPeriod(SubsidyClaims claims, SubsidyPlans plans, SubsidyMails mails) {
        this.claims = claims;
        this.plans = plans;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long planId = ProcessVariables.planId(execution);
        claims.expireClaimPeriod(planId);
        TrainingPlan plan = plans.plan(planId);
        mails.send(plan, "claim-period-expired", "claim-period-expired",
                Map.of("deadline", execution.getVariable("claimDeadline")));
    }
}
