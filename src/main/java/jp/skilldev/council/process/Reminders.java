package jp.skilldev.council.process;

import java.util.Map;
import jp.skilldev.notification.MailTemplates;
import jp.skilldev.notification.Outbox;
import jp.skilldev.security.StaffGroups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Mails every member of the council secretariat that a follow-up task of a meeting is nearly due. */
@Component
class Reminders {

    private final IdentityService identityService;
    private final MailTemplates templates;
    private final Outbox outbox;

    Reminders(IdentityService identityService, MailTemplates templates, Outbox outbox) {
        this.identityService = identityService;
        this.templates = templates;
        this.outbox = outbox;
    }

    void remind(DelegateExecution execution, String prefix, String taskJa, String taskEn) {
        Object meetingNumber = execution.getVariable("meetingNumber");
        for (User member : identityService.createUserQuery().memberOfGroup(StaffGroups.COUNCIL_SECRETARIAT).list()) {
            if (member.getEmail() == null || member.getEmail().isBlank()) {
                continue;
            }
            String key = execution.getProcessBusinessKey() + ":meeting" + meetingNumber + ":" + prefix + ":reminder:" + member.getId();
            outbox.enqueue(templates.render("council-reminder", key, member.getEmail(), Map.of(
                    "prefectureName", execution.getVariable("prefectureName"),
                    "fiscalYearName", execution.getVariable("fiscalYearName"),
                    "meetingNumber", meetingNumber,
                    "meetingDate", execution.getVariable("lastMeetingDate"),
                    "taskJa", taskJa,
                    "taskEn", taskEn,
                    "due", execution.getVariable(prefix + "DueDate"),
                    "basisJa", execution.getVariable(prefix + "BasisJa"),
                    "basisEn", execution.getVariable(prefix + "BasisEn"))));
        }
    }
}
