package jp.skilldev.council.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminder: the meeting's materials and minutes are to be reported to the Ministry. */
@Component("councilRemindMinistryReport")
class RemindMinistryReport implements JavaDelegate {

    private final Reminders reminders;

    RemindMinistryReport(Reminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reminders.remind(execution, "report", "厚生労働省への報告", "Report to the Ministry");
    }
}
