package jp.skilldev.designation.process;

import java.util.Map;
import jp.skilldev.designation.DesignationApplication;
import jp.skilldev.designation.DesignationCalendar;
import jp.skilldev.designation.DesignationHistory;
import jp.skilldev.designation.DesignationProcess;
import jp.skilldev.designation.DesignationSchedule;
import jp.skilldev.designation.DesignationStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the designation (指定) with its term, mails the provider and sets the term's timers: the
 * renewal reminder when the renewal window opens, and the end of the term the day after its last day.
 */
@Component("recordDesignation")
class RecordDesignation implements JavaDelegate {

    private final ApplicationVariables variables;
    private final DesignationHistory history;
    private final DesignationMailer mailer;
    private final DesignationCalendar designationCalendar;

    RecordDesignation(ApplicationVariables variables, DesignationHistory history, DesignationMailer mailer,
                      DesignationCalendar designationCalendar) {
        this.variables = variables;
        this.history = history;
        this.mailer = mailer;
        this.designationCalendar = designationCalendar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DesignationApplication application = variables.application(execution);
        String comment = (String) execution.getVariable(DesignationProcess.REVIEW_COMMENT);
        application.decide(DesignationStatus.APPROVED, comment);
        history.record(application.getId(), DesignationStatus.APPROVED.name(),
                application.getDesignatedFrom() + "–" + application.getDesignatedUntil());
        DesignationSchedule schedule = designationCalendar.scheduleOn(application.getDesignatedUntil());
        execution.setVariable("renewalReminderAt",
                TimerDates.startOf(schedule.renewalReminderDay(application.getDesignatedUntil())));
        execution.setVariable("termEndsAt", TimerDates.startOf(application.getDesignatedUntil().plusDays(1)));
        mailer.send(application, "approved", Map.of());
    }
}
