package jp.skilldev.leavebenefit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.skilldev.leavebenefit.process.LeaveBenefitProcess;
import jp.skilldev.security.AppUserRepository;
import jp.skilldev.security.ApplicantRole;
import jp.skilldev.web.ConflictException;
import jp.skilldev.web.InvalidRequestException;
import jp.skilldev.web.NotFoundException;
import jp.skilldev.web.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leave-benefit case from filing to the last payment: what employer and worker file (checked for whose
 * case it is), and the steps the process takes. Every step is safe to repeat.
 */
@Service
public class LeaveBenefitService {

    private final LeaveBenefitCaseRepository cases;
    private final LeaveBenefitPeriodRepository periods;
    private final LeaveBenefitPaymentRepository payments;
    private final AppUserRepository users;
    private final LeaveBenefitRules rules;
    private final LeaveBenefitProcess process;
    private final Clock clock;

    public LeaveBenefitService(LeaveBenefitCaseRepository cases, LeaveBenefitPeriodRepository periods,
                               LeaveBenefitPaymentRepository payments, AppUserRepository users, LeaveBenefitRules rules,
                               LeaveBenefitProcess process, Clock clock) {
        this.cases = cases;
        this.periods = periods;
        this.payments = payments;
        this.users = users;
        this.rules = rules;
        this.process = process;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- filings of employer and worker -------------------------------------------------------------

    /** Records the leave (and, if given, the wage certificate) and starts its process. */
    @Transactional
    public LeaveBenefitCase file(String employer, NewLeave leave) {
        LeaveBenefitCase saved = record(employer, leave);
        process.start(saved);
        return saved;
    }

    /** Records the leave without starting a process: for callers that start the instance themselves. */
    @Transactional
    public LeaveBenefitCase record(String employer, NewLeave leave) {
        boolean isWorker = users.findById(leave.workerUsername()).map(u -> u.getRole() == ApplicantRole.WORKER).orElse(false);
        if (!isWorker) {
            throw new InvalidRequestException("workerUsername", "unknown-worker",
                    "'" + leave.workerUsername() + "' is not a registered worker");
        }
        if (leave.plannedLastDay().isBefore(leave.leaveStart())) {
            throw new InvalidRequestException("plannedLastDay", "after-start", "the leave cannot end before it starts");
        }
        LeaveBenefitCase created = new LeaveBenefitCase(employer, leave.workerUsername(), leave.leaveStart(),
                leave.plannedLastDay(), leave.unpaid(), leave.ownInitiativeUnderWorkRules(), leave.businessOrder(),
                leave.dismissalPlanned(), leave.workerAgeAtLeaveStart(), leave.enrolmentYears(),
                leave.insuredMonthsInLastTwoYears(), clock.instant());
        if (leave.wagesSixMonthsYen() != null) {
            created.fileWageCertificate(leave.wagesSixMonthsYen(), today());
        }
        return cases.save(created);
    }

    @Transactional
    public LeaveBenefitCase fileWageCertificate(long id, String employer, long wagesSixMonthsYen) {
        LeaveBenefitCase leave = visible(id, employer);
        if (!employer.equals(leave.getEmployerUsername())) {
            throw new NotFoundException("leave benefit", id);
        }
        if (leave.getStatus() != CaseStatus.AWAITING_WAGE_CERTIFICATE) {
            throw new ConflictException("wage-certificate-filed", "the wage certificate of case " + id + " is already filed");
        }
        leave.fileWageCertificate(wagesSixMonthsYen, today());
        if (!process.wageCertificateFiled(id)) {
            throw new ConflictException("officer-handling", "an officer is handling the late wage certificate of case " + id);
        }
        return leave;
    }

    @Transactional
    public LeaveBenefitCase fileInitialApplication(long id, String worker) {
        LeaveBenefitCase leave = ownCaseOfWorker(id, worker);
        if (leave.getStatus() != CaseStatus.AWAITING_INITIAL_APPLICATION) {
            throw new ConflictException("not-awaiting-initial-application",
                    "case " + id + " is " + leave.getStatus() + ", not awaiting the first application");
        }
        leave.fileInitialApplication(today());
        if (!process.initialApplicationFiled(id)) {
            throw new ConflictException("officer-handling", "an officer is handling the missing first application of case " + id);
        }
        return leave;
    }

    @Transactional
    public LeaveBenefitPeriod declare(long id, String worker, int periodNo, boolean trainingAttended, int daysWorkedOrPaid) {
        LeaveBenefitCase leave = ownCaseOfWorker(id, worker);
        if (leave.getStatus() != CaseStatus.RECEIVING) {
            throw new ConflictException("not-receiving", "case " + id + " is " + leave.getStatus() + ", not receiving the benefit");
        }
        LeaveBenefitPeriod period = periods.findByCaseIdAndPeriodNo(id, periodNo).orElseThrow(() -> notClosed(leave, periodNo));
        if (period.getStatus() != PeriodStatus.AWAITING_DECLARATION) {
            throw new ConflictException("period-" + period.getStatus().name().toLowerCase().replace('_', '-'),
                    "period " + periodNo + " of case " + id + " is " + period.getStatus());
        }
        if (daysWorkedOrPaid > period.period().days()) {
            throw new InvalidRequestException("daysWorkedOrPaid", "within-period",
                    "period " + periodNo + " has only " + period.period().days() + " days");
        }
        period.declare(trainingAttended, daysWorkedOrPaid, today());
        if (!process.declarationFiled(id, periodNo, trainingAttended, daysWorkedOrPaid)) {
            throw new ConflictException("not-awaiting-declaration", "period " + periodNo + " of case " + id + " is not awaiting a declaration");
        }
        return period;
    }

    private RuntimeException notClosed(LeaveBenefitCase leave, int periodNo) {
        Optional<CertificationPeriod> period = periodNo < 1 ? Optional.empty()
                : rules.periods(leave.getLeaveStart(), leave.lastDayOfLeave()).period(periodNo);
        if (period.isEmpty()) {
            return new NotFoundException("period", periodNo);
        }
        return new RuleViolationException("period-not-closed", "支給単位期間が終わっていません / The period has not closed",
                "the declaration of period " + periodNo + " can be filed from " + period.get().closesOn(),
                Map.of("periodFirstDay", period.get().firstDay(), "periodLastDay", period.get().lastDay(),
                        "declarationFrom", period.get().closesOn()));
    }

    /** The worker went back to work on {@code returnDate}: the leave's last day is the day before. */
    @Transactional
    public LeaveBenefitCase returnToWork(long id, String user, LocalDate returnDate) {
        LeaveBenefitCase leave = visible(id, user);
        if (leave.getStatus() == CaseStatus.ENDED || leave.getStatus() == CaseStatus.CLOSED
                || leave.getStatus() == CaseStatus.NOT_ELIGIBLE || leave.getActualLastDay() != null) {
            throw new ConflictException("case-over", "case " + id + " is " + leave.getStatus() + "; no return to record");
        }
        LocalDate earliest = periods.findByCaseIdOrderByPeriodNo(id).stream().map(p -> p.getLastDay().plusDays(1))
                .reduce((a, b) -> b).orElse(leave.getLeaveStart().plusDays(1));
        if (returnDate.isBefore(earliest) || returnDate.isAfter(today()) || returnDate.isAfter(leave.getPlannedLastDay())) {
            throw new RuleViolationException("return-date", "復職日が範囲外です / Return date out of range",
                    "the return date must lie between " + earliest + " and the earlier of today and the planned last day of leave",
                    Map.of("earliest", earliest, "latest", today().isBefore(leave.getPlannedLastDay()) ? today() : leave.getPlannedLastDay()));
        }
        leave.returnToWork(returnDate);
        process.returnedToWork(id);
        return leave;
    }

    // ---- what applicants see ---------------------------------------------------------------------------

    /** The case if it concerns the user (as employer or worker); 404 otherwise, so ids leak nothing. */
    @Transactional(readOnly = true)
    public LeaveBenefitCase visible(long id, String username) {
        return cases.findById(id).filter(c -> c.concerns(username))
                .orElseThrow(() -> new NotFoundException("leave benefit", id));
    }

    private LeaveBenefitCase ownCaseOfWorker(long id, String worker) {
        LeaveBenefitCase leave = visible(id, worker);
        if (!worker.equals(leave.getWorkerUsername())) {
            throw new NotFoundException("leave benefit", id);
        }
        return leave;
    }

    @Transactional(readOnly = true)
    public List<LeaveBenefitCase> concerning(String username) {
        return cases.findConcerning(username);
    }

    @Transactional(readOnly = true)
    public List<LeaveBenefitPeriod> periodsOf(long id) {
        return periods.findByCaseIdOrderByPeriodNo(id);
    }

    @Transactional(readOnly = true)
    public List<LeaveBenefitPayment> paymentsOf(long id) {
        return payments.findByCaseIdOrderByPeriodNo(id);
    }

    // ---- steps of the process ----------------------------------------------------------------------------

    public LeaveBenefitCase get(long id) {
        return cases.findById(id).orElseThrow(() -> new NotFoundException("leave benefit", id));
    }

    @Transactional
    public Eligibility.Result checkEligibility(long id) {
        LeaveBenefitCase leave = get(id);
        Eligibility.Result result = rules.checkEligibility(leave.eligibilityFacts());
        leave.recordAutomaticCheck(result);
        return result;
    }

    @Transactional
    public void acceptLateApplication(long id, String reason) {
        get(id).acceptLateApplication(reason);
    }

    @Transactional
    public void close(long id, String note) {
        get(id).close(note);
    }

    /** The officer found the worker eligible: the daily amount and the benefit days are fixed now. */
    @Transactional
    public BenefitTerms decideEligible(long id, String note) {
        LeaveBenefitCase leave = get(id);
        BenefitTerms terms = rules.terms(leave.getLeaveStart(), leave.getWorkerAgeAtLeaveStart(),
                leave.getWagesSixMonthsYen(), leave.getEnrolmentYears());
        leave.decideEligible(terms, note, today());
        return terms;
    }

    @Transactional
    public void decideNotEligible(long id, String note) {
        get(id).decideNotEligible(note, today());
    }

    /** Period {@code periodNo} under the leave as it now stands; empty when the leave or the days are over. */
    @Transactional(readOnly = true)
    public Optional<CertificationPeriod> period(long id, int periodNo) {
        LeaveBenefitCase leave = get(id);
        if (leave.daysLeft() <= 0) {
            return Optional.empty();
        }
        return rules.periods(leave.getLeaveStart(), leave.lastDayOfLeave()).period(periodNo);
    }

    /** Records that a period closed; a repeated call finds the period already recorded. */
    @Transactional
    public LeaveBenefitPeriod closePeriod(long id, int periodNo) {
        return periods.findByCaseIdAndPeriodNo(id, periodNo).orElseGet(() -> {
            CertificationPeriod period = period(id, periodNo)
                    .orElseThrow(() -> new IllegalStateException("case " + id + " has no period " + periodNo));
            return periods.save(new LeaveBenefitPeriod(id, period));
        });
    }

    /**
     * Pays a certified period: its days less those worked or paid, never beyond the days left. The payment's
     * unique key (case, period) makes a retried step find the payment instead of paying again.
     */
    @Transactional
    public LeaveBenefitPayment pay(long id, int periodNo) {
        LeaveBenefitCase leave = get(id);
        LeaveBenefitPeriod period = periods.findByCaseIdAndPeriodNo(id, periodNo).orElseThrow();
        if (payments.existsByCaseIdAndPeriodNo(id, periodNo)) {
            return payments.findByCaseIdOrderByPeriodNo(id).stream().filter(p -> p.getPeriodNo() == periodNo).findFirst().orElseThrow();
        }
        int days = CertificationPeriods.payableDays(period.period(), period.getDaysWorkedOrPaid(), leave.daysLeft());
        period.pay(days, today());
        leave.useDays(days);
        return payments.saveAndFlush(new LeaveBenefitPayment(id, periodNo, days, leave.getDailyAmountYen(), today()));
    }

    @Transactional
    public void leaveUnpaid(long id, int periodNo, PeriodStatus why) {
        LeaveBenefitPeriod period = periods.findByCaseIdAndPeriodNo(id, periodNo).orElseThrow();
        if (period.getStatus() == PeriodStatus.AWAITING_DECLARATION || period.getStatus() == PeriodStatus.DECLARED) {
            period.leaveUnpaid(why);
        }
    }

    @Transactional
    public EndReason end(long id) {
        LeaveBenefitCase leave = get(id);
        if (leave.getStatus() != CaseStatus.ENDED) {
            leave.end(leave.daysLeft() <= 0 ? EndReason.DAYS_USED_UP
                    : leave.getActualLastDay() != null ? EndReason.RETURNED_TO_WORK : EndReason.LEAVE_ENDED);
        }
        return leave.getEndReason();
    }
}
