package jp.skilldev.notification;

import java.util.Objects;

/**
 * A mail to send once. The business key names the event it reports (e.g.
 * {@code designation:42:approved}); a second enqueue with the same key is ignored, so a retried step
 * never mails twice.
 */
public record Mail(String businessKey, String recipient, String subject, String body) {

    public Mail {
        Objects.requireNonNull(businessKey, "businessKey");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
