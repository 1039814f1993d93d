package jp.skilldev.leavebenefit.process;

import java.util.Map;
import jp.skilldev.leavebenefit.LeaveBenefitService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records that the officer found the worker not eligible and tells the worker why. */
@Component("leaveRecordNotEligible")
class RecordNotEligible implements JavaDelegate {

    private final LeaveBenefitService service;
    private final LeaveMails mails;

    RecordNotEligible(LeaveBenefitService service, LeaveMails mails) {
        this.service = service;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = CaseVariables.caseId(execution);
        service.decideNotEligible(caseId, CaseVariables.officerNote(execution));
        Object failed = execution.getVariable("failedConditions");
        mails.toWorker("leave-not-eligible", service.get(caseId), "not-eligible", Map.of(
                "note", CaseVariables.officerNote(execution), "failedConditions", failed == null ? "" : failed));
    }
}
