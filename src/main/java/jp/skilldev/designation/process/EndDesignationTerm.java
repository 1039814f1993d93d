package jp.skilldev.designation.process;

import java.util.EnumSet;
import java.util.Map;
import jp.skilldev.designation.DesignationApplication;
import jp.skilldev.designation.DesignationApplicationRepository;
import jp.skilldev.designation.DesignationHistory;
import jp.skilldev.designation.DesignationStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The designation term is over: the course expires (指定期間満了) and the provider is told, unless a
 * renewal application was designated, which takes over the next day.
 */
@Component("endDesignationTerm")
class EndDesignationTerm implements JavaDelegate {

    private final ApplicationVariables variables;
    private final DesignationApplicationRepository applications;
    private final DesignationHistory history;
    private final DesignationMailer mailer;

    EndDesignationTerm(ApplicationVariables variables, DesignationApplicationRepository applications,
                       DesignationHistory history, DesignationMailer mailer) {
        this.variables = variables;
        this.applications = applications;
        this.history = history;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DesignationApplication application = variables.application(execution);
        var renewal = applications.findByRenewsApplicationIdAndStatusIn(application.getId(),
                EnumSet.of(DesignationStatus.APPROVED)).stream().findFirst();
        if (renewal.isPresent()) {
            application.moveTo(DesignationStatus.RENEWED);
            history.record(application.getId(), DesignationStatus.RENEWED.name(),
                    "continued by application " + renewal.get().getId());
            return;
        }
        application.moveTo(DesignationStatus.EXPIRED);
        history.record(application.getId(), DesignationStatus.EXPIRED.name(), "term ended " + application.getDesignatedUntil());
        mailer.send(application, "expired", Map.of());
    }
}
