package jp.skilldev.subsidy;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 支給申請 — a payment claim or a wage-requirement premium claim of a training plan, with the amount
 * computed for it and the line-by-line breakdown that explains every yen.
 */
@Entity
@Table(name = "subsidy_claim")
public class Claim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private TrainingPlan plan;

    @Column(name = "establishment_id", nullable = false)
    private Long establishmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimKind kind;

    @Column(name = "filed_on", nullable = false)
    private LocalDate filedOn;

    /** The fiscal year (年度) of the filing date, whose establishment limit this claim counts against. */
    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Column(name = "wage_paid_on")
    private LocalDate wagePaidOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimStatus status;

    @Column(name = "subtotal_yen")
    private Long subtotalYen;

    @Column(name = "already_decided_yen")
    private Long alreadyDecidedYen;

    @Column(name = "total_yen")
    private Long totalYen;

    @Column
    private String breakdown;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Version
    private long version;

    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ClaimTrainee> trainees = new ArrayList<>();

    protected Claim() {
    }

    public Claim(TrainingPlan plan, ClaimKind kind, LocalDate filedOn, LocalDate wagePaidOn) {
        this.plan = plan;
        this.establishmentId = plan.getEstablishment().getId();
        this.kind = kind;
        this.filedOn = filedOn;
        this.fiscalYear = FiscalYears.of(filedOn);
        this.wagePaidOn = wagePaidOn;
        this.status = ClaimStatus.FILED;
    }

    public void addTrainee(Trainee trainee, BigDecimal offJtHours, BigDecimal ojtHours, long expensePaidYen,
                           boolean convertedToRegular, boolean wageRequirementMet) {
        trainees.add(new ClaimTrainee(this, trainee, offJtHours, ojtHours, expensePaidYen, convertedToRegular,
                wageRequirementMet));
    }

    public void recordAmount(CaseAmount amount, String breakdownJson) {
        this.subtotalYen = amount.subtotalYen();
        this.alreadyDecidedYen = amount.alreadyDecidedYen();
        this.totalYen = amount.totalYen();
        this.breakdown = breakdownJson;
        this.status = ClaimStatus.COMPUTED;
    }

    public void decide(boolean approved, LocalDate on) {
        this.status = approved ? ClaimStatus.APPROVED : ClaimStatus.REJECTED;
        this.decidedOn = on;
    }

    public Long getId() {
        return id;
    }

    public TrainingPlan getPlan() {
        return plan;
    }

    public Long getEstablishmentId() {
        return establishmentId;
    }

    public ClaimKind getKind() {
        return kind;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public LocalDate getWagePaidOn() {
        return wagePaidOn;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public Long getSubtotalYen() {
        return subtotalYen;
    }

    public Long getAlreadyDecidedYen() {
        return alreadyDecidedYen;
    }

    public Long getTotalYen() {
        return totalYen;
    }

    public String getBreakdown() {
        return breakdown;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public List<ClaimTrainee> getTrainees() {
        return trainees;
    }
}
