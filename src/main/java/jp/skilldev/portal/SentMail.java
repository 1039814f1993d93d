package jp.skilldev.portal;

import java.time.Instant;
import java.util.List;
import jp.skilldev.notification.Outbox;

/** A mail the bureau sent (or queued) about a case, as the applicant sees it. */
public record SentMail(Instant createdAt, String recipient, String subject, String body, boolean sent) {

    /** The case's mails by its business-key prefix, e.g. {@code designation:42:}, shown to the mail's own recipient only. */
    static List<SentMail> about(Outbox outbox, String businessKeyPrefix, String recipient) {
        return outbox.byBusinessKeyPrefix(businessKeyPrefix).stream()
                .filter(m -> m.recipient().equalsIgnoreCase(recipient))
                .map(m -> new SentMail(m.createdAt(), m.recipient(), m.subject(), m.body(), "SENT".equals(m.status())))
                .toList();
    }
}
