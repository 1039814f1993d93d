package jp.skilldev.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.skilldev.calendar.Deadline;
import jp.skilldev.leavebenefit.CaseStatus;
import jp.skilldev.leavebenefit.LeaveBenefitCase;
import jp.skilldev.leavebenefit.LeaveBenefitPayment;
import jp.skilldev.leavebenefit.LeaveBenefitPeriod;
import jp.skilldev.leavebenefit.LeaveBenefitService;
import jp.skilldev.leavebenefit.LeaveDeadlines;
import jp.skilldev.leavebenefit.PeriodStatus;
import org.springframework.stereotype.Component;

/**
 * Education training leave benefit cases (教育訓練休暇給付金) as the portal shows them to their employer
 * and their worker, read through the leave-benefit module's service.
 */
@Component
class LeaveCases {

    private static final Bilingual KIND = new Bilingual("教育訓練休暇給付金", "Education training leave benefit");

    private final LeaveBenefitService service;
    private final LeaveDeadlines deadlines;
    private final Clock clock;

    LeaveCases(LeaveBenefitService service, LeaveDeadlines deadlines, Clock clock) {
        this.service = service;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    List<CaseSummary> summaries(String username) {
        return service.concerning(username).stream().map(c -> summary(c, username)).toList();
    }

    CaseSummary summary(LeaveBenefitCase c, String username) {
        return new CaseSummary(KIND, "L-" + c.getId(), c.getWorkerUsername() + "（" + c.getLeaveStart() + " 〜 "
                + c.getPlannedLastDay() + "）", LeaveLabels.status(c.getStatus()), nextDeadline(c).orElse(null),
                nextAction(c, username), "/leave/" + c.getId());
    }

    List<LeaveBenefitPeriod> periods(LeaveBenefitCase c) {
        return service.periodsOf(c.getId());
    }

    List<LeaveBenefitPayment> payments(LeaveBenefitCase c) {
        return service.paymentsOf(c.getId());
    }

    Deadline wageCertificateDeadline(LeaveBenefitCase c) {
        return deadlines.wageCertificate(c.getLeaveStart());
    }

    Deadline initialApplicationDeadline(LeaveBenefitCase c) {
        return deadlines.initialApplication(c.getLeaveStart());
    }

    Deadline declarationDeadline(LeaveBenefitCase c, LeaveBenefitPeriod period) {
        return deadlines.declaration(c.getLeaveStart(), period.period());
    }

    /** The filing the case waits for: the wage certificate, the first application, or a period's declaration. */
    Optional<NextDeadline> nextDeadline(LeaveBenefitCase c) {
        LocalDate today = LocalDate.now(clock);
        if (c.getStatus() == CaseStatus.AWAITING_WAGE_CERTIFICATE) {
            return Optional.of(of(new Bilingual("賃金月額証明書の提出期限", "Wage certificate deadline"),
                    wageCertificateDeadline(c), today));
        }
        if (c.getStatus() == CaseStatus.AWAITING_INITIAL_APPLICATION) {
            return Optional.of(of(new Bilingual("初回の支給申請の期限", "First application deadline"),
                    initialApplicationDeadline(c), today));
        }
        if (c.getStatus() == CaseStatus.RECEIVING) {
            return awaitingDeclaration(c).map(p -> of(new Bilingual("第" + p.getPeriodNo() + "支給単位期間の認定申告の期限",
                    "Declaration deadline of period " + p.getPeriodNo()), declarationDeadline(c, p), today));
        }
        return Optional.empty();
    }

    Optional<LeaveBenefitPeriod> awaitingDeclaration(LeaveBenefitCase c) {
        return periods(c).stream().filter(p -> p.getStatus() == PeriodStatus.AWAITING_DECLARATION).findFirst();
    }

    /** The case's steps with their dates, from the case's own records. */
    List<TimelineStep> timeline(LeaveBenefitCase c) {
        List<TimelineStep> steps = new ArrayList<>();
        steps.add(new TimelineStep(c.getLeaveStart(), new Bilingual("休暇開始", "Leave starts"), null));
        if (c.getWageCertificateFiledOn() != null) {
            steps.add(new TimelineStep(c.getWageCertificateFiledOn(),
                    new Bilingual("賃金月額証明書 提出", "Wage certificate filed"), null));
        }
        if (c.getInitialApplicationFiledOn() != null) {
            steps.add(new TimelineStep(c.getInitialApplicationFiledOn(),
                    new Bilingual("初回の支給申請 提出", "First application filed"), null));
        }
        if (c.getDecidedOn() != null) {
            steps.add(new TimelineStep(c.getDecidedOn(), new Bilingual("受給資格の決定", "Eligibility decided"),
                    c.getDecisionNote()));
        }
        for (LeaveBenefitPeriod p : periods(c)) {
            if (p.getDeclaredOn() != null) {
                steps.add(new TimelineStep(p.getDeclaredOn(), new Bilingual("第" + p.getPeriodNo() + "期 認定申告",
                        "Declaration for period " + p.getPeriodNo()), null));
            }
        }
        for (LeaveBenefitPayment payment : payments(c)) {
            steps.add(new TimelineStep(payment.getPaidOn(), new Bilingual("第" + payment.getPeriodNo() + "期 支給",
                    "Paid for period " + payment.getPeriodNo()), payment.getAmountYen() + " 円"));
        }
        if (c.getActualLastDay() != null) {
            steps.add(new TimelineStep(c.getActualLastDay(), new Bilingual("休暇終了（復職）", "Leave ended (back at work)"), null));
        }
        steps.sort((a, b) -> a.on().compareTo(b.on()));
        return steps;
    }

    private Bilingual nextAction(LeaveBenefitCase c, String username) {
        boolean employer = username.equals(c.getEmployerUsername());
        return switch (c.getStatus()) {
            case AWAITING_WAGE_CERTIFICATE -> employer
                    ? new Bilingual("賃金月額証明書を提出してください", "File the wage certificate")
                    : new Bilingual("事業主の証明書の提出をお待ちください", "Wait for your employer's wage certificate");
            case AWAITING_INITIAL_APPLICATION -> employer
                    ? new Bilingual("労働者の支給申請をお待ちください", "Wait for the worker's application")
                    : new Bilingual("初回の支給申請をしてください", "File your first application");
            case AWAITING_DECISION -> new Bilingual("受給資格の決定をお待ちください", "Wait for the eligibility decision");
            case RECEIVING -> awaitingDeclaration(c).isPresent() && !employer
                    ? new Bilingual("認定申告をしてください", "File your period declaration")
                    : new Bilingual("次の支給単位期間の終了をお待ちください", "Wait for the current period to end");
            case NOT_ELIGIBLE, CLOSED, ENDED -> new Bilingual("対応は不要です", "Nothing to do");
        };
    }

    private static NextDeadline of(Bilingual what, Deadline deadline, LocalDate today) {
        return NextDeadline.of(what, deadline.effective(), today, deadline.basis().ja() + " / " + deadline.basis().en());
    }
}
