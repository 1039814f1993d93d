package jp.skilldev.leavebenefit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A closed certification period (支給単位期間) of a case and the worker's declaration (認定申告) for it. */
@Entity
@Table(name = "leave_benefit_period")
public class LeaveBenefitPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long caseId;
    private int periodNo;
    private LocalDate firstDay;
    private LocalDate lastDay;

    @Enumerated(EnumType.STRING)
    private PeriodStatus status;

    private LocalDate declaredOn;
    private Boolean trainingAttended;
    private Integer daysWorkedOrPaid;
    private Integer payableDays;
    private LocalDate certifiedOn;

    @Version
    private int version;

    protected LeaveBenefitPeriod() {
    }

    LeaveBenefitPeriod(Long caseId, CertificationPeriod period) {
        this.caseId = caseId;
        this.periodNo = period.number();
        this.firstDay = period.firstDay();
        this.lastDay = period.lastDay();
        this.status = PeriodStatus.AWAITING_DECLARATION;
    }

    public CertificationPeriod period() {
        return new CertificationPeriod(periodNo, firstDay, lastDay);
    }

    void declare(boolean trainingAttended, int daysWorkedOrPaid, LocalDate on) {
        this.trainingAttended = trainingAttended;
        this.daysWorkedOrPaid = daysWorkedOrPaid;
        this.declaredOn = on;
        this.status = PeriodStatus.DECLARED;
    }

    void pay(int payableDays, LocalDate on) {
        this.payableDays = payableDays;
        this.certifiedOn = on;
        this.status = PeriodStatus.PAID;
    }

    void leaveUnpaid(PeriodStatus why) {
        this.payableDays = 0;
        this.status = why;
    }

    public Long getCaseId() { return caseId; }
    public int getPeriodNo() { return periodNo; }
    public LocalDate getFirstDay() { return firstDay; }
    public LocalDate getLastDay() { return lastDay; }
    public PeriodStatus getStatus() { return status; }
    public LocalDate getDeclaredOn() { return declaredOn; }
    public Boolean getTrainingAttended() { return trainingAttended; }
    public Integer getDaysWorkedOrPaid() { return daysWorkedOrPaid; }
    public Integer getPayableDays() { return payableDays; }
    public LocalDate getCertifiedOn() { return certifiedOn; }
}
