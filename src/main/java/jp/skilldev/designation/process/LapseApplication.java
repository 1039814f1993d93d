package jp.skilldev.designation.process;

import java.util.Map;
import jp.skilldev.designation.DesignationApplication;
import jp.skilldev.designation.DesignationHistory;
import jp.skilldev.designation.DesignationStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The correction was not answered by its deadline: the application lapses (失効) and the provider is told. */
@Component("lapseApplication")
class LapseApplication implements JavaDelegate {

    private final ApplicationVariables variables;
    private final DesignationHistory history;
    private final DesignationMailer mailer;

    LapseApplication(ApplicationVariables variables, DesignationHistory history, DesignationMailer mailer) {
        this.variables = variables;
        this.history = history;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DesignationApplication application = variables.application(execution);
        Map<String, Object> values = Map.of("due", application.getCorrectionDue());
        application.moveTo(DesignationStatus.LAPSED);
        history.record(application.getId(), DesignationStatus.LAPSED.name(), "no answer by " + values.get("due"));
        mailer.send(application, "lapsed", values);
    }
}
