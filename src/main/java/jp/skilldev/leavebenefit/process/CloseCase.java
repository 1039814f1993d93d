package jp.skilldev.leavebenefit.process;

import jp.skilldev.leavebenefit.LeaveBenefitService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes a case the officer decided not to pursue (missing wage certificate or first application), with the note. */
@Component("leaveCloseCase")
class CloseCase implements JavaDelegate {

    private final LeaveBenefitService service;

    CloseCase(LeaveBenefitService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.close(CaseVariables.caseId(execution), CaseVariables.officerNote(execution));
    }
}
