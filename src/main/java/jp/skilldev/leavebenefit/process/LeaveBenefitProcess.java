package jp.skilldev.leavebenefit.process;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.skilldev.leavebenefit.LeaveBenefitCase;
import jp.skilldev.leavebenefit.LeaveDeadlines;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.springframework.stereotype.Component;

/**
 * The module's door into the engine: starts the process {@code education-leave-benefit} for a case (business
 * key = case id) and delivers the filings of employer and worker as messages.
 */
@Component
public class LeaveBenefitProcess {

    public static final String PROCESS_ID = "education-leave-benefit";

    static final String CASE_ID = "caseId";
    static final String PERIOD_NO = "periodNo";
    static final String WAGE_CERTIFICATE_FILED = "wageCertificateFiled";

    static final String MESSAGE_WAGE_CERTIFICATE_FILED = "WageCertificateFiled";
    static final String MESSAGE_INITIAL_APPLICATION_FILED = "InitialApplicationFiled";
    static final String MESSAGE_DECLARATION_FILED = "DeclarationFiled";
    static final String MESSAGE_RETURNED_TO_WORK = "ReturnedToWork";

    private final RuntimeService runtimeService;
    private final LeaveDeadlines deadlines;

    public LeaveBenefitProcess(RuntimeService runtimeService, LeaveDeadlines deadlines) {
        this.runtimeService = runtimeService;
        this.deadlines = deadlines;
    }

    public void start(LeaveBenefitCase leave) {
        runtimeService.startProcessInstanceByKey(PROCESS_ID, leave.getId().toString(), startVariables(leave));
    }

    /** The variables of a new instance: the case and the instants its filing timers fall due. */
    public Map<String, Object> startVariables(LeaveBenefitCase leave) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CASE_ID, leave.getId());
        LocalDate filedOn = leave.getWageCertificateFiledOn();
        variables.put(WAGE_CERTIFICATE_FILED, filedOn != null);
        variables.put("wageCertificateLate", filedOn != null
                && filedOn.isAfter(deadlines.wageCertificate(leave.getLeaveStart()).effective()));
        variables.put("wageCertificateReminderAt", LeaveDeadlines.startOf(deadlines.wageCertificateReminderDay(leave.getLeaveStart())));
        variables.put("wageCertificateOverdueAt", LeaveDeadlines.after(deadlines.wageCertificate(leave.getLeaveStart())));
        variables.put("initialApplicationOverdueAt", LeaveDeadlines.after(deadlines.initialApplication(leave.getLeaveStart())));
        variables.put("initialApplicationGraceEndsAt", LeaveDeadlines.startOf(deadlines.initialApplicationGraceEnds(leave.getLeaveStart())));
        return variables;
    }

    /** Returns false when the process was not waiting for the wage certificate. */
    public boolean wageCertificateFiled(long caseId) {
        return correlate(MESSAGE_WAGE_CERTIFICATE_FILED, caseId, Map.of(), Map.of());
    }

    public boolean initialApplicationFiled(long caseId) {
        return correlate(MESSAGE_INITIAL_APPLICATION_FILED, caseId, Map.of(), Map.of());
    }

    /** The declared facts travel with the message, so that the officer sees them in the certification form. */
    public boolean declarationFiled(long caseId, int periodNo, boolean trainingAttended, int daysWorkedOrPaid) {
        return correlate(MESSAGE_DECLARATION_FILED, caseId, Map.of(PERIOD_NO, periodNo),
                Map.of("trainingAttended", trainingAttended, "daysWorkedOrPaid", daysWorkedOrPaid));
    }

    /** Closes the running period at once if the process is waiting for it to close; otherwise nothing waits. */
    public void returnedToWork(long caseId) {
        correlate(MESSAGE_RETURNED_TO_WORK, caseId, Map.of(), Map.of());
    }

    private boolean correlate(String message, long caseId, Map<String, Object> matching, Map<String, Object> carried) {
        var correlation = runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(Long.toString(caseId));
        matching.forEach(correlation::processInstanceVariableEquals);
        carried.forEach(correlation::setVariable);
        List<MessageCorrelationResult> results = correlation.correlateAllWithResult();
        return !results.isEmpty();
    }
}
