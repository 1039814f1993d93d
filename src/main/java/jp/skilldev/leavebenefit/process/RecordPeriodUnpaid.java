package jp.skilldev.leavebenefit.process;

import java.util.Map;
import jp.skilldev.leavebenefit.LeaveBenefitService;
import jp.skilldev.leavebenefit.PeriodStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records a period as unpaid because its declaration never came, and tells the worker. */
@Component("leaveRecordPeriodUnpaid")
class RecordPeriodUnpaid implements JavaDelegate {

    private final LeaveBenefitService service;
    private final LeaveMails mails;

    RecordPeriodUnpaid(LeaveBenefitService service, LeaveMails mails) {
        this.service = service;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = CaseVariables.caseId(execution);
        int periodNo = CaseVariables.periodNo(execution);
        service.leaveUnpaid(caseId, periodNo, PeriodStatus.UNPAID_NO_DECLARATION);
        mails.toWorker("leave-period-unpaid", service.get(caseId), "period:" + periodNo + ":unpaid", Map.of("periodNo", periodNo));
    }
}
