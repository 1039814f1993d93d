package jp.skilldev.council.process;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import jp.skilldev.calendar.Deadline;
import jp.skilldev.calendar.DeadlineCalculator;
import jp.skilldev.calendar.Label;
import jp.skilldev.council.CouncilCycles;
import jp.skilldev.council.CycleRules;
import jp.skilldev.council.FiscalYear;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records a council meeting and sets the deadlines that follow it: publishing the materials and minutes
 * and reporting them to the Ministry, each counted from the day after the meeting and moved past
 * administrative holidays, with the day of the reminder.
 */
@Component("councilRecordMeeting")
class RecordMeeting implements JavaDelegate {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Label DAY_AFTER_MEETING = new Label("協議会開催日の翌日", "the day after the meeting");

    private final CouncilCycles cycles;
    private final DeadlineCalculator deadlines;

    RecordMeeting(CouncilCycles cycles, DeadlineCalculator deadlines) {
        this.cycles = cycles;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long cycleId = ((Number) execution.getVariable("cycleId")).longValue();
        LocalDate heldOn = FormDates.localDate(execution.getVariable("meetingDate"));
        int number = cycles.recordMeeting(cycleId, heldOn);
        CycleRules rules = cycles.rulesFor(new FiscalYear((Integer) execution.getVariable("fiscalYear")));
        execution.setVariable("meetingNumber", number);
        // The next meeting's form must not come prefilled with this meeting's date.
        execution.removeVariable("meetingDate");
        execution.setVariable("lastMeetingDate", heldOn.toString());
        setDeadline(execution, "publish", deadlines.daysCountedFrom(DAY_AFTER_MEETING, heldOn.plusDays(1),
                rules.publishWithinDays()), rules.reminderDaysBefore());
        setDeadline(execution, "report", deadlines.daysCountedFrom(DAY_AFTER_MEETING, heldOn.plusDays(1),
                rules.reportToMinistryWithinDays()), rules.reminderDaysBefore());
    }

    /** Due at the end of office hours of the last day; reminded at the start of office hours some days before. */
    private static void setDeadline(DelegateExecution execution, String prefix, Deadline deadline, int reminderDaysBefore) {
        execution.setVariable(prefix + "Due", Date.from(deadline.effective().atTime(17, 0).atZone(TOKYO).toInstant()));
        execution.setVariable(prefix + "DueDate", deadline.effective().toString());
        execution.setVariable(prefix + "ReminderAt",
                Date.from(deadline.effective().minusDays(reminderDaysBefore).atTime(9, 0).atZone(TOKYO).toInstant()));
        execution.setVariable(prefix + "BasisJa", deadline.basis().ja());
        execution.setVariable(prefix + "BasisEn", deadline.basis().en());
    }
}
