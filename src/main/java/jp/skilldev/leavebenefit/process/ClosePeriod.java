package jp.skilldev.leavebenefit.process;

import java.time.LocalDate;
import jp.skilldev.leavebenefit.LeaveBenefitPeriod;
import jp.skilldev.leavebenefit.LeaveBenefitService;
import jp.skilldev.leavebenefit.LeaveDeadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records that a certification period closed (every 30 days, or at an early return) and when its declaration is due. */
@Component("leaveClosePeriod")
class ClosePeriod implements JavaDelegate {

    private final LeaveBenefitService service;
    private final LeaveDeadlines deadlines;

    ClosePeriod(LeaveBenefitService service, LeaveDeadlines deadlines) {
        this.service = service;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = CaseVariables.caseId(execution);
        int periodNo = CaseVariables.periodNo(execution);
        // An early return to work may have ended the leave before this period began.
        boolean exists = service.period(caseId, periodNo).isPresent();
        execution.setVariable("periodClosed", exists);
        if (exists) {
            LeaveBenefitPeriod period = service.closePeriod(caseId, periodNo);
            LocalDate leaveStart = service.get(caseId).getLeaveStart();
            execution.setVariable("declarationOverdueAt",
                    LeaveDeadlines.after(deadlines.declaration(leaveStart, period.period())));
            execution.setVariable("declarationMissingAt",
                    LeaveDeadlines.startOf(deadlines.declarationGraceEnds(leaveStart, period.period())));
        }
    }
}
