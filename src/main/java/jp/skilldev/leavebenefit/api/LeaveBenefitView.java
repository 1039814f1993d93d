package jp.skilldev.leavebenefit.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import jp.skilldev.calendar.Deadline;
import jp.skilldev.leavebenefit.CaseStatus;
import jp.skilldev.leavebenefit.EndReason;
import jp.skilldev.leavebenefit.LeaveBenefitCase;
import jp.skilldev.leavebenefit.LeaveBenefitPayment;
import jp.skilldev.leavebenefit.LeaveBenefitPeriod;
import jp.skilldev.leavebenefit.LeaveDeadlines;
import jp.skilldev.leavebenefit.PeriodStatus;

/** A case as its employer and worker see it: deadlines with their basis, the benefit, days used and left, every payment. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record LeaveBenefitView(long id, String employer, String worker, LocalDate leaveStart, LocalDate plannedLastDay,
                        LocalDate actualLastDay, CaseStatus status, Filing wageCertificate, Filing initialApplication,
                        List<Reason> failedConditions, String decisionNote, LocalDate decidedOn, Benefit benefit,
                        List<PeriodView> periods, List<PaymentView> payments, long totalPaidYen, EndReason endReason) {

    record Filing(LocalDate deadline, LocalDate nominalDeadline, String basisJa, String basisEn, LocalDate filedOn) {

        static Filing of(Deadline deadline, LocalDate filedOn) {
            return new Filing(deadline.effective(), deadline.nominal(), deadline.basis().ja(), deadline.basis().en(), filedOn);
        }
    }

    record Benefit(long wageDailyAmountYen, long dailyAmountYen, int benefitDays, int daysUsed, int daysLeft,
                   String ruleCitation) {
    }

    record PeriodView(int number, LocalDate firstDay, LocalDate lastDay, PeriodStatus status, LocalDate declaredOn,
                      Boolean trainingAttended, Integer daysWorkedOrPaid, Integer payableDays) {
    }

    record PaymentView(int period, int days, long dailyAmountYen, long amountYen, LocalDate paidOn) {
    }

    static LeaveBenefitView of(LeaveBenefitCase c, LeaveDeadlines deadlines, List<LeaveBenefitPeriod> periods,
                               List<LeaveBenefitPayment> payments) {
        Benefit benefit = c.getDailyAmountYen() == null ? null : new Benefit(c.getWageDailyAmountYen(), c.getDailyAmountYen(),
                c.getBenefitDays(), c.getDaysUsed(), c.daysLeft(), c.getRuleCitation());
        return new LeaveBenefitView(c.getId(), c.getEmployerUsername(), c.getWorkerUsername(), c.getLeaveStart(),
                c.getPlannedLastDay(), c.getActualLastDay(), c.getStatus(),
                Filing.of(deadlines.wageCertificate(c.getLeaveStart()), c.getWageCertificateFiledOn()),
                Filing.of(deadlines.initialApplication(c.getLeaveStart()), c.getInitialApplicationFiledOn()),
                Reason.of(c.failedConditionList()), c.getDecisionNote(), c.getDecidedOn(), benefit,
                periods.stream().map(p -> new PeriodView(p.getPeriodNo(), p.getFirstDay(), p.getLastDay(), p.getStatus(),
                        p.getDeclaredOn(), p.getTrainingAttended(), p.getDaysWorkedOrPaid(), p.getPayableDays())).toList(),
                payments.stream().map(p -> new PaymentView(p.getPeriodNo(), p.getDays(), p.getDailyAmountYen(),
                        p.getAmountYen(), p.getPaidOn())).toList(),
                payments.stream().mapToLong(LeaveBenefitPayment::getAmountYen).sum(), c.getEndReason());
    }
}
