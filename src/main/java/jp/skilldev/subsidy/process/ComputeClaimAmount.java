package jp.skilldev.subsidy.process;

import jp.skilldev.subsidy.CaseAmount;
import jp.skilldev.subsidy.SubsidyClaims;
import jp.skilldev.subsidy.SubsidyPlans;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Computes the claim's amount (stored with its breakdown) and shows the lines in the review form. */
@Component("subsidyComputeClaimAmount")
class ComputeClaimAmount implements JavaDelegate {

    private final SubsidyClaims claims;
    private final SubsidyPlans plans;

    ComputeClaimAmount(SubsidyClaims claims, SubsidyPlans plans) {
        this.claims = claims;
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseAmount amount = claims.compute(ProcessVariables.claimId(execution));
        execution.setVariable("claimTotalYen", amount.totalYen());
        execution.setVariable("claimBreakdownText", amount.text());
        execution.setVariable("establishmentName", plans.plan(ProcessVariables.planId(execution)).getEstablishment().getName());
    }
}
