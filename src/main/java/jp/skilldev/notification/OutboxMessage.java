package jp.skilldev.notification;

import java.time.Instant;

/** A mail as stored in the outbox (送信待ちメール). */
public record OutboxMessage(long id, String businessKey, String recipient, String subject, String body,
                            Instant createdAt, String status, int attempts, Instant nextAttemptAt, Instant sentAt,
                            String lastError) {
}
