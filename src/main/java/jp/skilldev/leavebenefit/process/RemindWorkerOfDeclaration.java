package jp.skilldev.leavebenefit.process;

import java.util.Map;
import jp.skilldev.leavebenefit.LeaveBenefitService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds the worker that a period's declaration was not filed within the filing allowance. */
@Component("leaveRemindWorkerOfDeclaration")
class RemindWorkerOfDeclaration implements JavaDelegate {

    private final LeaveBenefitService service;
    private final LeaveMails mails;

    RemindWorkerOfDeclaration(LeaveBenefitService service, LeaveMails mails) {
        this.service = service;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int periodNo = CaseVariables.periodNo(execution);
        mails.toWorker("leave-declaration-reminder", service.get(CaseVariables.caseId(execution)),
                "period:" + periodNo + ":reminder", Map.of("periodNo", periodNo));
    }
}
