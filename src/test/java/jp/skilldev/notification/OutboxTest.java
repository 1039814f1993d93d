package jp.skilldev.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import jp.skilldev.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

class OutboxTest extends IntegrationTest {

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    MailTemplates templates;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void mailWrittenInACommittedStepIsSentExactlyOnce() throws Exception {
        Mail mail = new Mail("test:once", "provider1@example.jp", "件名 / Subject", "本文\nBody");
        transactions.executeWithoutResult(s -> assertThat(outbox.enqueue(mail)).isTrue());
        // The same step retried: the business key keeps the second copy out.
        transactions.executeWithoutResult(s -> assertThat(outbox.enqueue(mail)).isFalse());

        sender.sendDue();
        sender.sendDue();

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("件名 / Subject");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("provider1@example.jp");
        assertThat(outbox.byBusinessKeyPrefix("test:once")).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo("SENT"));
    }

    @Test
    void mailOfARolledBackStepIsNeverSent() {
        transactions.executeWithoutResult(s -> {
            outbox.enqueue(new Mail("test:rolled-back", "provider1@example.jp", "s", "b"));
            s.setRollbackOnly();
        });

        sender.sendDue();

        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(outbox.byBusinessKeyPrefix("test:rolled-back")).isEmpty();
    }

    @Test
    void mailIsRetriedAfterTheSmtpServerWasDown() throws Exception {
        transactions.executeWithoutResult(s -> outbox.enqueue(new Mail("test:retry", "employer1@example.jp", "再送 / Retry", "b")));
        greenMail.stop();

        assertThat(sender.sendDue()).isZero();
        assertThat(outbox.byBusinessKeyPrefix("test:retry")).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo("PENDING");
            assertThat(m.attempts()).isEqualTo(1);
            assertThat(m.lastError()).isNotBlank();
            assertThat(m.nextAttemptAt()).isAfter(m.createdAt());
        });

        greenMail.start();
        assertThat(sender.sendDue()).as("not due before its back-off has passed").isZero();
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofMinutes(5))));
        sender.sendDue();

        assertThat(greenMail.getReceivedMessages()).extracting(MimeMessage::getSubject).containsExactly("再送 / Retry");
        assertThat(outbox.byBusinessKeyPrefix("test:retry")).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo("SENT"));
    }

    @Test
    void mailCanOnlyBeWrittenInsideTheStepsTransaction() {
        assertThatThrownBy(() -> outbox.enqueue(new Mail("test:no-tx", "a@example.jp", "s", "b")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void templatesFillEveryPlaceholderAndRefuseAMissingOne() {
        Mail mail = templates.render("test-greeting", "test:template", "worker1@example.jp",
                Map.of("name", "山田 花子", "date", "2026-10-05"));

        assertThat(mail.subject()).isEqualTo("お知らせ / Notice: 2026-10-05");
        assertThat(mail.body()).contains("山田 花子 様").contains("Dear 山田 花子");
        assertThatThrownBy(() -> templates.render("test-greeting", "k", "r", Map.of("name", "x")))
                .hasMessageContaining("{date}");
    }
}
