package jp.skilldev.portal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import jp.skilldev.leavebenefit.CaseStatus;
import jp.skilldev.leavebenefit.LeaveBenefitCase;
import jp.skilldev.leavebenefit.LeaveBenefitRules;
import jp.skilldev.leavebenefit.LeaveBenefitService;
import jp.skilldev.leavebenefit.NewLeave;
import jp.skilldev.notification.Outbox;
import jp.skilldev.security.AppUserRepository;
import jp.skilldev.security.ApplicantRole;
import jp.skilldev.security.CurrentUser;
import jp.skilldev.web.ConflictException;
import jp.skilldev.web.InvalidRequestException;
import jp.skilldev.web.RuleViolationException;
import jp.skilldev.web.SupportedDates;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Education training leave benefit pages: the employer files the leave and the wage certificate, the
 * worker files the first application and the period declarations; both follow the case.
 */
@Controller
class LeavePagesController {

    private final LeaveBenefitService service;
    private final LeaveBenefitRules rules;
    private final LeaveCases cases;
    private final Applicants applicants;
    private final CurrentUser currentUser;
    private final AppUserRepository users;
    private final Outbox outbox;
    private final Clock clock;

    LeavePagesController(LeaveBenefitService service, LeaveBenefitRules rules, LeaveCases cases, Applicants applicants,
                         CurrentUser currentUser, AppUserRepository users, Outbox outbox, Clock clock) {
        this.service = service;
        this.rules = rules;
        this.cases = cases;
        this.applicants = applicants;
        this.currentUser = currentUser;
        this.users = users;
        this.outbox = outbox;
        this.clock = clock;
    }

    @GetMapping("/leave/new")
    String newLeave(Model model) {
        applicants.require(ApplicantRole.EMPLOYER);
        model.addAttribute("form", new LeaveForm());
        return "portal/leave-form";
    }

    @PostMapping("/leave")
    String file(@Valid @ModelAttribute("form") LeaveForm form, BindingResult errors) {
        String employer = applicants.require(ApplicantRole.EMPLOYER);
        checkDate(errors, "leaveStart", form.getLeaveStart());
        checkDate(errors, "plannedLastDay", form.getPlannedLastDay());
        if (form.getLeaveStart() != null && !errors.hasFieldErrors("leaveStart") && !rules.coversLeaveStartingOn(form.getLeaveStart())) {
            errors.rejectValue("leaveStart", "benefit-not-in-force", null,
                    "この日に始まる休暇は給付の対象外です。 / The benefit does not cover a leave starting on this day.");
        }
        if (form.wagesGiven() && !form.wagesComplete()) {
            errors.rejectValue("monthlyWagesYen", "six-months", null,
                    "6か月分すべてを入力するか、すべて空欄にしてください。 / Enter all six months, or none.");
        }
        if (errors.hasErrors()) {
            return "portal/leave-form";
        }
        try {
            LeaveBenefitCase filed = service.file(employer, new NewLeave(form.getWorkerUsername().strip(),
                    form.getLeaveStart(), form.getPlannedLastDay(), form.isUnpaid(), form.isOwnInitiativeUnderWorkRules(),
                    form.isBusinessOrder(), form.isDismissalPlanned(), form.getWorkerAgeAtLeaveStart(),
                    form.getEnrolmentYears(), form.getInsuredMonthsInLastTwoYears(),
                    form.wagesComplete() ? form.wagesSum() : null));
            return "redirect:/leave/" + filed.getId() + "?filed";
        } catch (InvalidRequestException e) {
            e.errors().forEach(error -> errors.rejectValue(error.field(), error.rule(), null, explain(error.rule(), error.message())));
            return "portal/leave-form";
        }
    }

    @GetMapping("/leave/{id}")
    String show(@PathVariable long id, Model model) {
        return page(model, visible(id), new WageCertificateForm(), new DeclarationForm());
    }

    @PostMapping("/leave/{id}/wage-certificate")
    String wageCertificate(@PathVariable long id, @Valid @ModelAttribute("wages") WageCertificateForm wages,
                           BindingResult errors, Model model) {
        String employer = applicants.require(ApplicantRole.EMPLOYER);
        if (!errors.hasErrors() && !wages.wagesComplete()) {
            errors.rejectValue("monthlyWagesYen", "six-months", null, "6か月分すべてを入力してください。 / Enter all six months.");
        }
        if (!errors.hasErrors()) {
            try {
                service.fileWageCertificate(id, employer, wages.wagesSum());
                return "redirect:/leave/" + id + "?certified";
            } catch (ConflictException e) {
                errors.reject(e.rule(), e.getMessage());
            }
        }
        return page(model, visible(id), wages, new DeclarationForm());
    }

    @PostMapping("/leave/{id}/initial-application")
    String initialApplication(@PathVariable long id, Model model) {
        String worker = applicants.require(ApplicantRole.WORKER);
        try {
            service.fileInitialApplication(id, worker);
            return "redirect:/leave/" + id + "?applied";
        } catch (ConflictException e) {
            model.addAttribute("actionError", e.getMessage());
            return page(model, visible(id), new WageCertificateForm(), new DeclarationForm());
        }
    }

    @PostMapping("/leave/{id}/periods/{periodNo}/declaration")
    String declare(@PathVariable long id, @PathVariable int periodNo,
                   @Valid @ModelAttribute("declaration") DeclarationForm declaration, BindingResult errors, Model model) {
        String worker = applicants.require(ApplicantRole.WORKER);
        if (!errors.hasErrors()) {
            try {
                service.declare(id, worker, periodNo, declaration.getTrainingAttended(), declaration.getDaysWorkedOrPaid());
                return "redirect:/leave/" + id + "?declared";
            } catch (InvalidRequestException e) {
                e.errors().forEach(error -> errors.rejectValue(error.field(), error.rule(), null,
                        explain(error.rule(), error.message())));
            } catch (RuleViolationException | ConflictException e) {
                errors.reject("declaration", e.getMessage());
            }
        }
        return page(model, visible(id), new WageCertificateForm(), declaration);
    }

    private LeaveBenefitCase visible(long id) {
        if (currentUser.applicantRole().filter(r -> r == ApplicantRole.EMPLOYER || r == ApplicantRole.WORKER).isEmpty()) {
            throw new AccessDeniedException("leave cases are for employers and workers");
        }
        return service.visible(id, currentUser.username());
    }

    private String page(Model model, LeaveBenefitCase c, WageCertificateForm wages, DeclarationForm declaration) {
        String username = currentUser.username();
        String email = users.findById(username).map(u -> u.getEmail()).orElse("");
        boolean employer = username.equals(c.getEmployerUsername());
        model.addAttribute("leave", c);
        model.addAttribute("employer", employer);
        model.addAttribute("summary", cases.summary(c, username));
        model.addAttribute("statusLabel", LeaveLabels.status(c.getStatus()));
        model.addAttribute("timeline", cases.timeline(c));
        model.addAttribute("periods", cases.periods(c).stream().map(p -> new PeriodRow(p.getPeriodNo(), p.getFirstDay(),
                p.getLastDay(), LeaveLabels.period(p.getStatus()), p.getDaysWorkedOrPaid(), p.getPayableDays(),
                cases.declarationDeadline(c, p).effective())).toList());
        model.addAttribute("payments", cases.payments(c));
        model.addAttribute("totalPaidYen", cases.payments(c).stream().mapToLong(p -> p.getAmountYen()).sum());
        model.addAttribute("wageCertificateDeadline", cases.wageCertificateDeadline(c));
        model.addAttribute("initialApplicationDeadline", cases.initialApplicationDeadline(c));
        model.addAttribute("awaitingDeclaration", c.getStatus() == CaseStatus.RECEIVING
                ? cases.awaitingDeclaration(c).orElse(null) : null);
        model.addAttribute("failed", c.failedConditionList());
        model.addAttribute("mails", SentMail.about(outbox, "leave:" + c.getId() + ":", email));
        model.addAttribute("wages", wages);
        model.addAttribute("declaration", declaration);
        model.addAttribute("today", LocalDate.now(clock));
        return "portal/leave-case";
    }

    /** One certification period row of the case page. */
    record PeriodRow(int number, LocalDate firstDay, LocalDate lastDay, Bilingual status, Integer daysWorkedOrPaid,
                     Integer payableDays, LocalDate declarationDeadline) {
    }

    private static void checkDate(BindingResult errors, String field, LocalDate date) {
        if (date != null && !errors.hasFieldErrors(field)) {
            try {
                SupportedDates.check(field, date);
            } catch (InvalidRequestException e) {
                errors.rejectValue(field, "supported-date", null,
                        "対応していない日付です。 / This date is outside the supported range.");
            }
        }
    }

    private static String explain(String rule, String message) {
        return switch (rule) {
            case "unknown-worker" -> "登録されている労働者のユーザー名を入力してください。 / Enter the user name of a registered worker.";
            case "after-start" -> "休暇の開始日以降の日付を入力してください。 / The leave cannot end before it starts.";
            case "within-period" -> "支給単位期間の日数以下で入力してください。 / At most the days of the period. (" + message + ")";
            default -> message;
        };
    }
}
