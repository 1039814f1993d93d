package jp.skilldev.designation.process;

import java.util.Map;
import jp.skilldev.designation.DesignationApplication;
import jp.skilldev.designation.DesignationHistory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds the provider that the correction's reply deadline is near. */
@Component("remindCorrection")
class RemindCorrection implements JavaDelegate {

    private final ApplicationVariables variables;
    private final DesignationHistory history;
    private final DesignationMailer mailer;

    RemindCorrection(ApplicationVariables variables, DesignationHistory history, DesignationMailer mailer) {
        this.variables = variables;
        this.history = history;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DesignationApplication application = variables.application(execution);
        history.record(application.getId(), "CORRECTION_REMINDED", "reply by " + application.getCorrectionDue());
        mailer.send(application, "correction-reminder:" + execution.getVariable("correctionRound"),
                Map.of("request", application.getCorrectionRequest(), "due", application.getCorrectionDue()));
    }
}
