package jp.skilldev.leavebenefit.process;

import java.util.Map;
import jp.skilldev.leavebenefit.LeaveBenefitCase;
import jp.skilldev.leavebenefit.LeaveBenefitPayment;
import jp.skilldev.leavebenefit.LeaveBenefitService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the worker what was paid for a period and how many days are left. */
@Component("leaveMailPaymentNotice")
class MailPaymentNotice implements JavaDelegate {

    private final LeaveBenefitService service;
    private final LeaveMails mails;

    MailPaymentNotice(LeaveBenefitService service, LeaveMails mails) {
        this.service = service;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = CaseVariables.caseId(execution);
        int periodNo = CaseVariables.periodNo(execution);
        LeaveBenefitCase leave = service.get(caseId);
        LeaveBenefitPayment payment = service.paymentsOf(caseId).stream()
                .filter(p -> p.getPeriodNo() == periodNo).findFirst().orElseThrow();
        mails.toWorker("leave-payment", leave, "period:" + periodNo + ":paid", Map.of("periodNo", periodNo,
                "days", payment.getDays(), "dailyAmountYen", payment.getDailyAmountYen(), "amountYen", payment.getAmountYen(),
                "daysUsed", leave.getDaysUsed(), "daysLeft", leave.daysLeft()));
    }
}
