package jp.skilldev.leavebenefit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One education training leave benefit case (教育訓練休暇給付金): the leave the employer recorded, its wage
 * certificate (賃金月額証明書), the worker's first application, the eligibility decision with the benefit fixed
 * at it, and the days used so far.
 */
@Entity
@Table(name = "leave_benefit_case")
public class LeaveBenefitCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String employerUsername;
    private String workerUsername;
    private LocalDate leaveStart;
    private LocalDate plannedLastDay;
    private LocalDate actualLastDay;
    private boolean unpaid;
    private boolean ownInitiativeUnderWorkRules;
    private boolean businessOrder;
    private boolean dismissalPlanned;
    private int workerAgeAtLeaveStart;
    private int enrolmentYears;
    private int insuredMonthsInLastTwoYears;
    private Long wagesSixMonthsYen;
    private LocalDate wageCertificateFiledOn;
    private LocalDate initialApplicationFiledOn;
    private String lateApplicationReason;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    private String failedConditions;
    private String decisionNote;
    private LocalDate decidedOn;
    private Long wageDailyAmountYen;
    private Long dailyAmountYen;
    private Integer benefitDays;
    private String ruleCitation;
    private int daysUsed;

    @Enumerated(EnumType.STRING)
    private EndReason endReason;

    private Instant createdAt;

    @Version
    private int version;

    protected LeaveBenefitCase() {
    }

    public LeaveBenefitCase(String employerUsername, String workerUsername, LocalDate leaveStart, LocalDate plannedLastDay,
                            boolean unpaid, boolean ownInitiativeUnderWorkRules, boolean businessOrder,
                            boolean dismissalPlanned, int workerAgeAtLeaveStart, int enrolmentYears,
                            int insuredMonthsInLastTwoYears, Instant createdAt) {
        this.employerUsername = employerUsername;
        this.workerUsername = workerUsername;
        this.leaveStart = leaveStart;
        this.plannedLastDay = plannedLastDay;
        this.unpaid = unpaid;
        this.ownInitiativeUnderWorkRules = ownInitiativeUnderWorkRules;
        this.businessOrder = businessOrder;
        this.dismissalPlanned = dismissalPlanned;
        this.workerAgeAtLeaveStart = workerAgeAtLeaveStart;
        this.enrolmentYears = enrolmentYears;
        this.insuredMonthsInLastTwoYears = insuredMonthsInLastTwoYears;
        this.createdAt = createdAt;
        this.status = CaseStatus.AWAITING_WAGE_CERTIFICATE;
    }

    public boolean concerns(String username) {
        return username.equals(employerUsername) || username.equals(workerUsername);
    }

    /** The last day of leave: the day before an early return to work, or else the planned last day. */
    public LocalDate lastDayOfLeave() {
        return actualLastDay != null ? actualLastDay : plannedLastDay;
    }

    public Eligibility.Facts eligibilityFacts() {
        return new Eligibility.Facts(workerAgeAtLeaveStart, insuredMonthsInLastTwoYears, enrolmentYears, unpaid,
                ownInitiativeUnderWorkRules, businessOrder, dismissalPlanned, leaveStart, lastDayOfLeave());
    }

    void fileWageCertificate(long wagesSixMonthsYen, LocalDate filedOn) {
        this.wagesSixMonthsYen = wagesSixMonthsYen;
        this.wageCertificateFiledOn = filedOn;
        this.status = CaseStatus.AWAITING_INITIAL_APPLICATION;
    }

    void fileInitialApplication(LocalDate filedOn) {
        this.initialApplicationFiledOn = filedOn;
        this.status = CaseStatus.AWAITING_DECISION;
    }

    void acceptLateApplication(String reason) {
        this.lateApplicationReason = reason;
        this.status = CaseStatus.AWAITING_DECISION;
    }

    void recordAutomaticCheck(Eligibility.Result result) {
        this.failedConditions = result.failed().stream().map(Enum::name).collect(Collectors.joining(","));
    }

    void decideEligible(BenefitTerms terms, String note, LocalDate on) {
        this.wageDailyAmountYen = terms.dailyAmount().wageDailyAmountYen();
        this.dailyAmountYen = terms.dailyAmountYen();
        this.benefitDays = terms.benefitDays();
        this.ruleCitation = terms.dailyAmount().ruleCitation();
        this.decisionNote = note;
        this.decidedOn = on;
        this.status = CaseStatus.RECEIVING;
    }

    void decideNotEligible(String note, LocalDate on) {
        this.decisionNote = note;
        this.decidedOn = on;
        this.status = CaseStatus.NOT_ELIGIBLE;
    }

    void close(String note) {
        this.decisionNote = note;
        this.status = CaseStatus.CLOSED;
    }

    void returnToWork(LocalDate returnDate) {
        this.actualLastDay = returnDate.minusDays(1);
    }

    void useDays(int days) {
        this.daysUsed += days;
    }

    void end(EndReason reason) {
        this.endReason = reason;
        this.status = CaseStatus.ENDED;
    }

    public int daysLeft() {
        return benefitDays == null ? 0 : benefitDays - daysUsed;
    }

    public List<EligibilityCondition> failedConditionList() {
        if (failedConditions == null || failedConditions.isBlank()) {
            return List.of();
        }
        return Arrays.stream(failedConditions.split(",")).map(EligibilityCondition::valueOf).toList();
    }

    public Long getId() { return id; }
    public String getEmployerUsername() { return employerUsername; }
    public String getWorkerUsername() { return workerUsername; }
    public LocalDate getLeaveStart() { return leaveStart; }
    public LocalDate getPlannedLastDay() { return plannedLastDay; }
    public LocalDate getActualLastDay() { return actualLastDay; }
    public Long getWagesSixMonthsYen() { return wagesSixMonthsYen; }
    public LocalDate getWageCertificateFiledOn() { return wageCertificateFiledOn; }
    public LocalDate getInitialApplicationFiledOn() { return initialApplicationFiledOn; }
    public String getLateApplicationReason() { return lateApplicationReason; }
    public CaseStatus getStatus() { return status; }
    public String getDecisionNote() { return decisionNote; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public Long getWageDailyAmountYen() { return wageDailyAmountYen; }
    public Long getDailyAmountYen() { return dailyAmountYen; }
    public Integer getBenefitDays() { return benefitDays; }
    public String getRuleCitation() { return ruleCitation; }
    public int getDaysUsed() { return daysUsed; }
    public EndReason getEndReason() { return endReason; }
    public int getWorkerAgeAtLeaveStart() { return workerAgeAtLeaveStart; }
    public int getEnrolmentYears() { return enrolmentYears; }
}
