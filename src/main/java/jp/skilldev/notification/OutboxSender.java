package jp.skilldev.notification;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due outbox mail with retries and exponential back-off. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so two nodes or two triggers never send the same row.
 */
@Component
public class OutboxSender implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 50;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final JavaMailSender mailSender;
    private final Clock clock;
    private final String from;
    private final int maxAttempts;
    private final boolean autoSend;
    private final ExecutorService trigger = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "outbox-trigger");
        thread.setDaemon(true);
        return thread;
    });

    public OutboxSender(JdbcTemplate jdbc, TransactionTemplate transactions, JavaMailSender mailSender, Clock clock,
                        @Value("${app.outbox.from}") String from,
                        @Value("${app.outbox.max-attempts}") int maxAttempts,
                        @Value("${app.outbox.auto-send}") boolean autoSend) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.mailSender = mailSender;
        this.clock = clock;
        this.from = from;
        this.maxAttempts = maxAttempts;
        this.autoSend = autoSend;
    }

    /** Called after a commit that added mail; tests turn this off and call {@link #sendDue()} themselves. */
    void sendSoon() {
        if (autoSend) {
            trigger.execute(this::sendDueQuietly);
        }
    }

    @Scheduled(fixedDelayString = "${app.outbox.poll-interval}", initialDelayString = "${app.outbox.poll-interval}")
    void poll() {
        if (autoSend) {
            sendDueQuietly();
        }
    }

    private void sendDueQuietly() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            log.warn("Outbox run failed; the next run retries: {}", e.toString());
        }
    }

    /** Sends every due message; returns how many were sent. */
    public int sendDue() {
        int sent = 0;
        while (true) {
            Batch batch = transactions.execute(status -> sendBatch());
            if (batch == null || batch.claimed() == 0) {
                return sent;
            }
            sent += batch.sent();
        }
    }

    /** Failed rows are rescheduled into the future, so a run ends once no row is due. */
    private record Batch(int claimed, int sent) {
    }

    private Batch sendBatch() {
        Instant now = clock.instant();
        List<Long> ids = jdbc.queryForList("""
                select id from outbox_message where status = 'PENDING' and next_attempt_at <= ?
                order by id limit ? for update skip locked""", Long.class, Timestamp.from(now), BATCH);
        int sent = 0;
        for (Long id : ids) {
            var row = jdbc.queryForMap("select recipient, subject, body, attempts from outbox_message where id = ?", id);
            int attempts = ((Number) row.get("attempts")).intValue() + 1;
            try {
                send((String) row.get("recipient"), (String) row.get("subject"), (String) row.get("body"));
                jdbc.update("update outbox_message set status = 'SENT', attempts = ?, sent_at = ?, last_error = null where id = ?",
                        attempts, Timestamp.from(clock.instant()), id);
                sent++;
            } catch (Exception e) {
                String error = e.toString().length() > 2000 ? e.toString().substring(0, 2000) : e.toString();
                Duration backoff = Duration.ofSeconds(30L << Math.min(attempts - 1, 10));
                String status = attempts >= maxAttempts ? "FAILED" : "PENDING";
                jdbc.update("update outbox_message set status = ?, attempts = ?, next_attempt_at = ?, last_error = ? where id = ?",
                        status, attempts, Timestamp.from(now.plus(backoff)), error, id);
                log.warn("Mail {} not sent (attempt {} of {}): {}", id, attempts, maxAttempts, error);
            }
        }
        return new Batch(ids.size(), sent);
    }

    private void send(String recipient, String subject, String body) throws Exception {
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(recipient);
        helper.setSubject(subject);
        helper.setText(body, false);
        mailSender.send(message);
    }

    @Override
    public void destroy() {
        trigger.shutdownNow();
    }
}
