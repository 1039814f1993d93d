package jp.skilldev.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The notification outbox: a mail is written in the same transaction as the step that causes it,
 * and sent only after that transaction commits. A rolled-back step leaves no mail behind.
 */
@Component
public class Outbox {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final OutboxSender sender;

    public Outbox(JdbcTemplate jdbc, Clock clock, OutboxSender sender) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.sender = sender;
    }

    /** Returns true when the mail was new, false when its business key was already in the outbox. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(Mail mail) {
        Timestamp now = Timestamp.from(clock.instant());
        int inserted = jdbc.update("""
                insert into outbox_message (business_key, recipient, subject, body, created_at, next_attempt_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (business_key) do nothing""",
                mail.businessKey(), mail.recipient(), mail.subject(), mail.body(), now, now);
        if (inserted == 1 && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sender.sendSoon();
                }
            });
        }
        return inserted == 1;
    }

    public List<OutboxMessage> list(String status, int page, int size) {
        return jdbc.query("""
                select * from outbox_message where (cast(? as varchar) is null or status = ?)
                order by id desc limit ? offset ?""",
                this::map, status, status, size, (long) page * size);
    }

    public List<OutboxMessage> byBusinessKeyPrefix(String prefix) {
        return jdbc.query("select * from outbox_message where business_key like ? order by id",
                this::map, prefix.replace("%", "\\%").replace("_", "\\_") + "%");
    }

    private OutboxMessage map(ResultSet rs, int row) throws SQLException {
        return new OutboxMessage(rs.getLong("id"), rs.getString("business_key"), rs.getString("recipient"),
                rs.getString("subject"), rs.getString("body"), instant(rs, "created_at"), rs.getString("status"),
                rs.getInt("attempts"), instant(rs, "next_attempt_at"), instant(rs, "sent_at"),
                rs.getString("last_error"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
