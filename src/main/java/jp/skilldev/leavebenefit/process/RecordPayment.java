package jp.skilldev.leavebenefit.process;

import jp.skilldev.leavebenefit.LeaveBenefitPayment;
import jp.skilldev.leavebenefit.LeaveBenefitService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the payment of a certified period, once per case and period however often the step runs. */
@Component("leaveRecordPayment")
class RecordPayment implements JavaDelegate {

    private final LeaveBenefitService service;

    RecordPayment(LeaveBenefitService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LeaveBenefitPayment payment = service.pay(CaseVariables.caseId(execution), CaseVariables.periodNo(execution));
        execution.setVariable("paidDays", payment.getDays());
        execution.setVariable("paidAmountYen", payment.getAmountYen());
    }
}
