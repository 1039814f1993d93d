package jp.skilldev.leavebenefit.process;

import java.util.Map;
import jp.skilldev.leavebenefit.BenefitTerms;
import jp.skilldev.leavebenefit.LeaveBenefitService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Fixes the daily amount and benefit days at the eligibility decision and tells the worker. */
@Component("leaveFixBenefit")
class FixBenefit implements JavaDelegate {

    private final LeaveBenefitService service;
    private final LeaveMails mails;

    FixBenefit(LeaveBenefitService service, LeaveMails mails) {
        this.service = service;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = CaseVariables.caseId(execution);
        BenefitTerms terms = service.decideEligible(caseId, CaseVariables.officerNote(execution));
        execution.setVariable("dailyAmountYen", terms.dailyAmountYen());
        execution.setVariable("benefitDays", terms.benefitDays());
        execution.setVariable(LeaveBenefitProcess.PERIOD_NO, 0);
        mails.toWorker("leave-eligible", service.get(caseId), "eligible", Map.of(
                "dailyAmountYen", terms.dailyAmountYen(), "benefitDays", terms.benefitDays(),
                "wageDailyAmountYen", terms.dailyAmount().wageDailyAmountYen()));
    }
}
