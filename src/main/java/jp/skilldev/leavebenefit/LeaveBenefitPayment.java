package jp.skilldev.leavebenefit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A benefit payment (支給) for one certified period; at most one per case and period (unique key). */
@Entity
@Table(name = "leave_benefit_payment")
public class LeaveBenefitPayment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long caseId;
    private int periodNo;
    private int days;
    private long dailyAmountYen;
    private long amountYen;
    private LocalDate paidOn;

    protected LeaveBenefitPayment() {
    }

    LeaveBenefitPayment(Long caseId, int periodNo, int days, long dailyAmountYen, LocalDate paidOn) {
        this.caseId = caseId;
        this.periodNo = periodNo;
        this.days = days;
        this.dailyAmountYen = dailyAmountYen;
        this.amountYen = dailyAmountYen * days;
        this.paidOn = paidOn;
    }

    public Long getCaseId() { return caseId; }
    public int getPeriodNo() { return periodNo; }
    public int getDays() { return days; }
    public long getDailyAmountYen() { return dailyAmountYen; }
    public long getAmountYen() { return amountYen; }
    public LocalDate getPaidOn() { return paidOn; }
}
