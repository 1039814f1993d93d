package jp.skilldev.leavebenefit.process;

import java.util.Map;
import jp.skilldev.leavebenefit.EndReason;
import jp.skilldev.leavebenefit.LeaveBenefitCase;
import jp.skilldev.leavebenefit.LeaveBenefitService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ends the benefit when the days are used up, the leave ended or the worker went back to work. */
@Component("leaveEndBenefit")
class EndBenefit implements JavaDelegate {

    private final LeaveBenefitService service;
    private final LeaveMails mails;

    EndBenefit(LeaveBenefitService service, LeaveMails mails) {
        this.service = service;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = CaseVariables.caseId(execution);
        EndReason reason = service.end(caseId);
        execution.setVariable("endReason", reason.name());
        LeaveBenefitCase leave = service.get(caseId);
        mails.toWorker("leave-benefit-ended", leave, "ended", Map.of("reason", reason.name(),
                "daysUsed", leave.getDaysUsed(), "daysLeft", leave.daysLeft()));
    }
}
