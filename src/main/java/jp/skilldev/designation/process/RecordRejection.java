package jp.skilldev.designation.process;

import java.util.Map;
import jp.skilldev.designation.DesignationApplication;
import jp.skilldev.designation.DesignationHistory;
import jp.skilldev.designation.DesignationProcess;
import jp.skilldev.designation.DesignationStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the rejection (不指定) with the reviewer's reasons and mails them to the provider. */
@Component("recordRejection")
class RecordRejection implements JavaDelegate {

    private final ApplicationVariables variables;
    private final DesignationHistory history;
    private final DesignationMailer mailer;

    RecordRejection(ApplicationVariables variables, DesignationHistory history, DesignationMailer mailer) {
        this.variables = variables;
        this.history = history;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DesignationApplication application = variables.application(execution);
        String reasons = (String) execution.getVariable(DesignationProcess.REVIEW_COMMENT);
        application.decide(DesignationStatus.REJECTED, reasons);
        history.record(application.getId(), DesignationStatus.REJECTED.name(), reasons);
        mailer.send(application, "rejected", Map.of("reasons", reasons));
    }
}
