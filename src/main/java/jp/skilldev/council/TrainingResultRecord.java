package jp.skilldev.council;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** A stored line of a prefecture's yearly results (実績), kept per training type and field. */
@Entity
@Table(name = "council_training_result")
public class TrainingResultRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Prefecture prefecture;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Column(name = "training_type", nullable = false)
    private String trainingType;

    @Column(nullable = false)
    private String field;

    private BigDecimal planned;
    private BigDecimal capacity;
    private BigDecimal applicants;
    private BigDecimal entrants;
    private BigDecimal students;
    private BigDecimal completers;
    private BigDecimal employed;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false)
    private String importedBy;

    @Version
    private long version;

    protected TrainingResultRecord() {
    }

    TrainingResultRecord(Prefecture prefecture, FiscalYear fiscalYear, TrainingType type, String field) {
        this.prefecture = prefecture;
        this.fiscalYear = fiscalYear.year();
        this.trainingType = type.code();
        this.field = field;
    }

    void replaceWith(TrainingResult result, Instant importedAt, String importedBy) {
        this.planned = result.planned();
        this.capacity = result.capacity();
        this.applicants = result.applicants();
        this.entrants = result.entrants();
        this.students = result.students();
        this.completers = result.completers();
        this.employed = result.employed();
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    TrainingResult toResult() {
        return new TrainingResult(TrainingType.of(trainingType).orElseThrow(), field, planned, capacity, applicants,
                entrants, students, completers, employed);
    }

    String trainingType() {
        return trainingType;
    }

    String field() {
        return field;
    }
}
