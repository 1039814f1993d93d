package jp.skilldev.leavebenefit.process;

import java.util.Map;
import jp.skilldev.leavebenefit.LeaveBenefitCase;
import jp.skilldev.leavebenefit.LeaveBenefitService;
import jp.skilldev.leavebenefit.LeaveDeadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds the employer, before the deadline, to file the wage certificate (賃金月額証明書). */
@Component("leaveRemindEmployerOfWageCertificate")
class RemindEmployerOfWageCertificate implements JavaDelegate {

    private final LeaveBenefitService service;
    private final LeaveMails mails;
    private final LeaveDeadlines deadlines;

    RemindEmployerOfWageCertificate(LeaveBenefitService service, LeaveMails mails, LeaveDeadlines deadlines) {
        this.service = service;
        this.mails = mails;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LeaveBenefitCase leave = service.get(CaseVariables.caseId(execution));
        mails.toEmployer("leave-wage-certificate-reminder", leave, "wage-certificate-reminder",
                Map.of("deadline", deadlines.wageCertificate(leave.getLeaveStart()).effective()));
    }
}
