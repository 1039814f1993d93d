package jp.skilldev.leavebenefit.process;

import jp.skilldev.leavebenefit.LeaveBenefitService;
import jp.skilldev.leavebenefit.PeriodStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records that the officer did not certify a period, which is then not paid. */
@Component("leaveRecordPeriodNotCertified")
class RecordPeriodNotCertified implements JavaDelegate {

    private final LeaveBenefitService service;

    RecordPeriodNotCertified(LeaveBenefitService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.leaveUnpaid(CaseVariables.caseId(execution), CaseVariables.periodNo(execution), PeriodStatus.NOT_CERTIFIED);
    }
}
