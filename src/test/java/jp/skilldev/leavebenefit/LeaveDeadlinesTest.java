package jp.skilldev.leavebenefit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import jp.skilldev.calendar.Deadline;
import jp.skilldev.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LeaveDeadlinesTest extends IntegrationTest {

    @Autowired
    LeaveDeadlines deadlines;

    @Test
    void aDeclarationDueOnSilverWeekIsRolledToTheNextBusinessDay() {
        // Period 1 of a leave from 2026-08-09 ends 2026-09-07; 14 days counted from 09-08 end on Monday 09-21
        // (Respect for the Aged Day), followed by a citizens' holiday and the autumnal equinox.
        CertificationPeriod period = new CertificationPeriod(1, LocalDate.of(2026, 8, 9), LocalDate.of(2026, 9, 7));

        Deadline due = deadlines.declaration(LocalDate.of(2026, 8, 9), period);

        assertThat(due.nominal()).isEqualTo(LocalDate.of(2026, 9, 21));
        assertThat(due.effective()).isEqualTo(LocalDate.of(2026, 9, 24));
        assertThat(deadlines.declarationGraceEnds(LocalDate.of(2026, 8, 9), period)).isEqualTo(LocalDate.of(2026, 10, 2));
    }

    @Test
    void theEmployerIsRemindedThreeDaysBeforeTheWageCertificateIsDue() {
        assertThat(deadlines.wageCertificate(LocalDate.of(2026, 6, 1)).effective()).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(deadlines.wageCertificateReminderDay(LocalDate.of(2026, 6, 1))).isEqualTo(LocalDate.of(2026, 6, 7));
    }

    @Test
    void anOfficerTakesOverAMissingFirstApplicationSevenDaysAfterTheDeadlinePassed() {
        assertThat(deadlines.initialApplication(LocalDate.of(2026, 6, 1)).effective()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(deadlines.initialApplicationGraceEnds(LocalDate.of(2026, 6, 1))).isEqualTo(LocalDate.of(2026, 7, 8));
    }
}
