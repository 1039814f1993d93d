package jp.skilldev.designation.process;

import java.util.EnumSet;
import java.util.Map;
import jp.skilldev.designation.DesignationApplication;
import jp.skilldev.designation.DesignationApplicationRepository;
import jp.skilldev.designation.DesignationCalendar;
import jp.skilldev.designation.DesignationHistory;
import jp.skilldev.designation.DesignationSchedule;
import jp.skilldev.designation.DesignationStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The renewal window opened: reminds the provider that the designation ends and does not renew by
 * itself (RULES §1), unless a renewal application is already filed.
 */
@Component("remindRenewal")
class RemindRenewal implements JavaDelegate {

    private final ApplicationVariables variables;
    private final DesignationApplicationRepository applications;
    private final DesignationHistory history;
    private final DesignationMailer mailer;
    private final DesignationCalendar designationCalendar;

    RemindRenewal(ApplicationVariables variables, DesignationApplicationRepository applications,
                  DesignationHistory history, DesignationMailer mailer, DesignationCalendar designationCalendar) {
        this.variables = variables;
        this.applications = applications;
        this.history = history;
        this.mailer = mailer;
        this.designationCalendar = designationCalendar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DesignationApplication application = variables.application(execution);
        boolean renewalFiled = !applications.findByRenewsApplicationIdAndStatusIn(application.getId(),
                EnumSet.of(DesignationStatus.SUBMITTED, DesignationStatus.IN_REVIEW,
                        DesignationStatus.CORRECTION_REQUESTED, DesignationStatus.APPROVED)).isEmpty();
        if (renewalFiled) {
            return;
        }
        DesignationSchedule schedule = designationCalendar.scheduleOn(application.getDesignatedUntil());
        var window = schedule.renewalWindowFor(application.getDesignatedUntil());
        history.record(application.getId(), "RENEWAL_REMINDED", null);
        mailer.send(application, "renewal-reminder", Map.of(
                "windowOpens", window.map(w -> w.opens().toString()).orElse("—"),
                "lastFilingDay", window.map(w -> schedule.lastFilingDay(w).toString()).orElse("—")));
    }
}
