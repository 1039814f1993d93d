package jp.skilldev.leavebenefit.process;

import java.util.HashMap;
import java.util.Map;
import jp.skilldev.leavebenefit.LeaveBenefitCase;
import jp.skilldev.notification.MailTemplates;
import jp.skilldev.notification.Outbox;
import jp.skilldev.security.AppUserRepository;
import org.springframework.stereotype.Component;

/**
 * The module's mails (templates {@code leave-*.txt}), written to the outbox in the step's transaction.
 * Business keys are {@code leave:<case>:<event>}, so a retried step mails once.
 */
@Component
class LeaveMails {

    private final MailTemplates templates;
    private final Outbox outbox;
    private final AppUserRepository users;

    LeaveMails(MailTemplates templates, Outbox outbox, AppUserRepository users) {
        this.templates = templates;
        this.outbox = outbox;
        this.users = users;
    }

    void toWorker(String template, LeaveBenefitCase leave, String event, Map<String, ?> values) {
        send(template, leave, event, leave.getWorkerUsername(), values);
    }

    void toEmployer(String template, LeaveBenefitCase leave, String event, Map<String, ?> values) {
        send(template, leave, event, leave.getEmployerUsername(), values);
    }

    private void send(String template, LeaveBenefitCase leave, String event, String username, Map<String, ?> values) {
        Map<String, Object> all = new HashMap<>(values);
        all.put("caseId", leave.getId());
        all.put("leaveStart", leave.getLeaveStart());
        String email = users.findById(username).orElseThrow().getEmail();
        outbox.enqueue(templates.render(template, "leave:" + leave.getId() + ":" + event, email, all));
    }
}
