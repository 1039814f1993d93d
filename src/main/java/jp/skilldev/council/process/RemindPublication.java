package jp.skilldev.council.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminder: the meeting's materials and minutes are to be published on the bureau's web site. */
@Component("councilRemindPublication")
class RemindPublication implements JavaDelegate {

    private final Reminders reminders;

    RemindPublication(Reminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reminders.remind(execution, "publish", "資料・議事録の公表", "Publish the materials and minutes");
    }
}
