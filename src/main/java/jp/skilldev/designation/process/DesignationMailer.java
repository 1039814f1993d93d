package jp.skilldev.designation.process;

import java.util.HashMap;
import java.util.Map;
import jp.skilldev.designation.DesignationApplication;
import jp.skilldev.notification.MailTemplates;
import jp.skilldev.notification.Outbox;
import jp.skilldev.security.AppUserRepository;
import org.springframework.stereotype.Component;

/**
 * Mails the provider about its application through the outbox; the business key
 * {@code designation:<id>:<event>} keeps a retried step from mailing twice.
 */
@Component
class DesignationMailer {

    private final Outbox outbox;
    private final MailTemplates templates;
    private final AppUserRepository users;

    DesignationMailer(Outbox outbox, MailTemplates templates, AppUserRepository users) {
        this.outbox = outbox;
        this.templates = templates;
        this.users = users;
    }

    void send(DesignationApplication application, String event, Map<String, ?> extra) {
        String recipient = users.findById(application.getProviderUsername()).orElseThrow().getEmail();
        Map<String, Object> values = new HashMap<>(extra);
        values.put("id", application.getId());
        values.put("provider", application.getProviderName());
        values.put("course", application.getCourseName());
        values.put("tier", application.getTier());
        values.put("designatedFrom", application.getDesignatedFrom());
        values.put("designatedUntil", application.getDesignatedUntil());
        String businessKey = "designation:" + application.getId() + ":" + event;
        outbox.enqueue(templates.render("designation-" + event.replaceAll(":.*$", ""), businessKey, recipient, values));
    }
}
