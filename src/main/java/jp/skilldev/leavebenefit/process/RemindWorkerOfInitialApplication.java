package jp.skilldev.leavebenefit.process;

import java.util.Map;
import jp.skilldev.leavebenefit.LeaveBenefitCase;
import jp.skilldev.leavebenefit.LeaveBenefitService;
import jp.skilldev.leavebenefit.LeaveDeadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds the worker that the first application is overdue, before an officer takes the case over. */
@Component("leaveRemindWorkerOfInitialApplication")
class RemindWorkerOfInitialApplication implements JavaDelegate {

    private final LeaveBenefitService service;
    private final LeaveMails mails;
    private final LeaveDeadlines deadlines;

    RemindWorkerOfInitialApplication(LeaveBenefitService service, LeaveMails mails, LeaveDeadlines deadlines) {
        this.service = service;
        this.mails = mails;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LeaveBenefitCase leave = service.get(CaseVariables.caseId(execution));
        mails.toWorker("leave-initial-application-reminder", leave, "initial-application-reminder",
                Map.of("deadline", deadlines.initialApplication(leave.getLeaveStart()).effective(),
                        "graceEnds", deadlines.initialApplicationGraceEnds(leave.getLeaveStart())));
    }
}
