package jp.skilldev.leavebenefit.process;

import java.util.stream.Collectors;
import jp.skilldev.leavebenefit.Eligibility;
import jp.skilldev.leavebenefit.LeaveBenefitService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Checks the eligibility conditions and shows the officer every one that failed. */
@Component("leaveCheckEligibility")
class CheckEligibility implements JavaDelegate {

    private final LeaveBenefitService service;

    CheckEligibility(LeaveBenefitService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Eligibility.Result result = service.checkEligibility(CaseVariables.caseId(execution));
        execution.setVariable("automaticallyEligible", result.eligible());
        execution.setVariable("failedConditions", result.failed().stream()
                .map(c -> c.name() + ": " + c.ja() + " / " + c.en()).collect(Collectors.joining("\n")));
    }
}
