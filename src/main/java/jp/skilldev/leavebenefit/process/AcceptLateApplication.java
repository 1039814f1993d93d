package jp.skilldev.leavebenefit.process;

import jp.skilldev.leavebenefit.LeaveBenefitService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the reason for which the officer accepted a late first application. */
@Component("leaveAcceptLateApplication")
class AcceptLateApplication implements JavaDelegate {

    private final LeaveBenefitService service;

    AcceptLateApplication(LeaveBenefitService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.acceptLateApplication(CaseVariables.caseId(execution), CaseVariables.officerNote(execution));
    }
}
