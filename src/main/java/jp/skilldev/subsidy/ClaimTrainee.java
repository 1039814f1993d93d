package jp.skilldev.subsidy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A trainee's actual figures in a claim (実績): hours attended, expense paid, conversion, wage requirement. */
@Entity
@Table(name = "subsidy_claim_trainee")
public class ClaimTrainee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "claim_id")
    private Claim claim;

    @ManyToOne(optional = false)
    @JoinColumn(name = "trainee_id")
    private Trainee trainee;

    @Column(name = "off_jt_hours", nullable = false)
    private BigDecimal offJtHours;

    @Column(name = "ojt_hours", nullable = false)
    private BigDecimal ojtHours;

    @Column(name = "expense_paid_yen", nullable = false)
    private long expensePaidYen;

    @Column(name = "converted_to_regular", nullable = false)
    private boolean convertedToRegular;

    @Column(name = "wage_requirement_met", nullable = false)
    private boolean wageRequirementMet;

    protected ClaimTrainee() {
    }

    ClaimTrainee(Claim claim, Trainee trainee, BigDecimal offJtHours, BigDecimal ojtHours, long expensePaidYen,
                 boolean convertedToRegular, boolean wageRequirementMet) {
        this.claim = claim;
        this.trainee = trainee;
        this.offJtHours = offJtHours;
        this.ojtHours = ojtHours;
        this.expensePaidYen = expensePaidYen;
        this.convertedToRegular = convertedToRegular;
        this.wageRequirementMet = wageRequirementMet;
    }

    public Trainee getTrainee() {
        return trainee;
    }

    /**
     * The figures for the amount rules: a fixed-term trainee converted to regular employment takes
     * the conversion row (正規雇用労働者等へ転換).
     */
    public TraineeClaim toTraineeClaim(BigDecimal plannedHours) {
        WorkerType type = convertedToRegular && trainee.getWorkerType() == WorkerType.FIXED_TERM
                ? WorkerType.FIXED_TERM_TO_REGULAR : trainee.getWorkerType();
        return new TraineeClaim(trainee.getName(), type, plannedHours, offJtHours, ojtHours, expensePaidYen,
                wageRequirementMet);
    }

    public BigDecimal getOffJtHours() {
        return offJtHours;
    }

    public BigDecimal getOjtHours() {
        return ojtHours;
    }

    public long getExpensePaidYen() {
        return expensePaidYen;
    }

    public boolean isConvertedToRegular() {
        return convertedToRegular;
    }

    public boolean isWageRequirementMet() {
        return wageRequirementMet;
    }
}
