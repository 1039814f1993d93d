package jp.skilldev.designation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One step an application went through (処理経過), shown to the provider with its date. */
@Entity
@Table(name = "designation_step")
public class DesignationStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "application_id", nullable = false)
    private Long applicationId;
    @Column(nullable = false)
    private String step;
    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    private String note;

    protected DesignationStep() {
    }

    public DesignationStep(Long applicationId, String step, LocalDate occurredOn, Instant occurredAt, String note) {
        this.applicationId = applicationId;
        this.step = step;
        this.occurredOn = occurredOn;
        this.occurredAt = occurredAt;
        this.note = note;
    }

    public String getStep() {
        return step;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public String getNote() {
        return note;
    }
}
