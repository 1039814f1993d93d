package jp.skilldev.leavebenefit.process;

import java.util.Optional;
import jp.skilldev.leavebenefit.CertificationPeriod;
import jp.skilldev.leavebenefit.LeaveBenefitService;
import jp.skilldev.leavebenefit.LeaveDeadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Finds the next certification period, if the leave, the receipt period and the days left allow one, and when it closes. */
@Component("leaveFindNextPeriod")
class FindNextPeriod implements JavaDelegate {

    private final LeaveBenefitService service;

    FindNextPeriod(LeaveBenefitService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int next = CaseVariables.periodNo(execution) + 1;
        Optional<CertificationPeriod> period = service.period(CaseVariables.caseId(execution), next);
        execution.setVariable("morePeriods", period.isPresent());
        period.ifPresent(p -> {
            execution.setVariable(LeaveBenefitProcess.PERIOD_NO, next);
            execution.setVariable("periodClosesAt", LeaveDeadlines.startOf(p.closesOn()));
        });
    }
}
