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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 訓練計画届 — a training plan filed for the Human Resources Development Subsidy. */
@Entity
@Table(name = "subsidy_plan")
public class TrainingPlan {

    /** What the employer files, and files again as a change. */
    public record Content(TrainingKind kind, LocalDate start, LocalDate end, BigDecimal offJtHours, BigDecimal ojtHours,
                          List<TraineeContent> trainees) {
    }

    public record TraineeContent(String name, WorkerType workerType, long plannedExpenseYen) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "establishment_id")
    private Establishment establishment;

    @Column(nullable = false)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(name = "training_kind", nullable = false)
    private TrainingKind trainingKind;

    @Column(name = "training_start", nullable = false)
    private LocalDate trainingStart;

    @Column(name = "training_end", nullable = false)
    private LocalDate trainingEnd;

    @Column(name = "off_jt_hours", nullable = false)
    private BigDecimal offJtHours;

    @Column(name = "ojt_hours", nullable = false)
    private BigDecimal ojtHours;

    @Column(name = "filed_on", nullable = false)
    private LocalDate filedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "company_size", nullable = false)
    private CompanySize companySize;

    @Column(name = "company_size_basis", nullable = false)
    private String companySizeBasis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;

    @Column(name = "plan_checks", nullable = false)
    private String planChecks = "";

    @Column(name = "plan_checks_passed", nullable = false)
    private boolean planChecksPassed;

    @Column(name = "estimated_total_yen", nullable = false)
    private long estimatedTotalYen;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Trainee> trainees = new ArrayList<>();

    protected TrainingPlan() {
    }

    /** A plan as filed on {@code filedOn}; the company size decided then stays with the plan. */
    public TrainingPlan(Establishment establishment, Content content, LocalDate filedOn, SmeDecision size, Instant now) {
        this.establishment = establishment;
        this.owner = establishment.getOwner();
        this.filedOn = filedOn;
        this.companySize = size.size();
        this.companySizeBasis = size.basis() + " [" + size.citation() + "]";
        this.createdAt = now;
        this.status = PlanStatus.UNDER_REVIEW;
        apply(content);
    }

    /** A change (計画変更) replaces the training and trainees; the filing date and company size stay. */
    public void change(Content content) {
        apply(content);
        this.status = PlanStatus.UNDER_REVIEW;
    }

    private void apply(Content content) {
        this.trainingKind = content.kind();
        this.trainingStart = content.start();
        this.trainingEnd = content.end();
        this.offJtHours = content.offJtHours();
        this.ojtHours = content.ojtHours();
        this.trainees.clear();
        int position = 0;
        for (TraineeContent trainee : content.trainees()) {
            this.trainees.add(new Trainee(this, position++, trainee.name(), trainee.workerType(), trainee.plannedExpenseYen()));
        }
    }

    public void recordChecks(List<PlanCheck> checks) {
        StringBuilder text = new StringBuilder();
        checks.forEach(c -> text.append(c.line()).append('\n'));
        this.planChecks = text.toString();
        this.planChecksPassed = checks.stream().allMatch(PlanCheck::passed);
    }

    public void estimate(long totalYen) {
        this.estimatedTotalYen = totalYen;
    }

    public void moveTo(PlanStatus status) {
        this.status = status;
    }

    public BigDecimal plannedHours() {
        return offJtHours.add(ojtHours);
    }

    public Long getId() {
        return id;
    }

    public Establishment getEstablishment() {
        return establishment;
    }

    public String getOwner() {
        return owner;
    }

    public TrainingKind getTrainingKind() {
        return trainingKind;
    }

    public LocalDate getTrainingStart() {
        return trainingStart;
    }

    public LocalDate getTrainingEnd() {
        return trainingEnd;
    }

    public BigDecimal getOffJtHours() {
        return offJtHours;
    }

    public BigDecimal getOjtHours() {
        return ojtHours;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public CompanySize getCompanySize() {
        return companySize;
    }

    public String getCompanySizeBasis() {
        return companySizeBasis;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public String getPlanChecks() {
        return planChecks;
    }

    public boolean isPlanChecksPassed() {
        return planChecksPassed;
    }

    public long getEstimatedTotalYen() {
        return estimatedTotalYen;
    }

    public List<Trainee> getTrainees() {
        return trainees;
    }
}
