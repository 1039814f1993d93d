package jp.skilldev.subsidy;

import java.util.HashMap;
import java.util.Map;
import jp.skilldev.notification.MailTemplates;
import jp.skilldev.notification.Outbox;
import jp.skilldev.security.AppUserRepository;
import org.springframework.stereotype.Component;

/** Mails to the employer who owns a plan, through the outbox: one per business key, sent after commit. */
@Component
public class SubsidyMails {

    private final MailTemplates templates;
    private final Outbox outbox;
    private final AppUserRepository users;

    public SubsidyMails(MailTemplates templates, Outbox outbox, AppUserRepository users) {
        this.templates = templates;
        this.outbox = outbox;
        this.users = users;
    }

    /** {@code template} is the name after "subsidy-"; the key is "subsidy:plan:ID:EVENT". */
    public void send(TrainingPlan plan, String template, String event, Map<String, ?> values) {
        String recipient = users.findById(plan.getOwner()).orElseThrow().getEmail();
        Map<String, Object> all = new HashMap<>(values);
        all.put("planId", plan.getId());
        all.put("establishment", plan.getEstablishment().getName());
        all.put("trainingStart", plan.getTrainingStart());
        all.put("trainingEnd", plan.getTrainingEnd());
        outbox.enqueue(templates.render("subsidy-" + template, "subsidy:plan:" + plan.getId() + ":" + event, recipient, all));
    }
}
