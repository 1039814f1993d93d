package jp.skilldev.portal;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.skilldev.deadlines.FilingWindow;
import jp.skilldev.notification.Outbox;
import jp.skilldev.security.AppUserRepository;
import jp.skilldev.security.ApplicantRole;
import jp.skilldev.subsidy.AmountLine;
import jp.skilldev.subsidy.Claim;
import jp.skilldev.subsidy.ClaimKind;
import jp.skilldev.subsidy.ClaimStatus;
import jp.skilldev.subsidy.ClaimWindow;
import jp.skilldev.subsidy.Establishment;
import jp.skilldev.subsidy.Industry;
import jp.skilldev.subsidy.PlanStatus;
import jp.skilldev.subsidy.SubsidyClaims;
import jp.skilldev.subsidy.SubsidyDeadlines;
import jp.skilldev.subsidy.SubsidyPlans;
import jp.skilldev.subsidy.TrainingKind;
import jp.skilldev.subsidy.TrainingPlan;
import jp.skilldev.subsidy.WorkerType;
import jp.skilldev.web.ConflictException;
import jp.skilldev.web.InvalidRequestException;
import jp.skilldev.web.RuleViolationException;
import jp.skilldev.web.SupportedDates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * An employer's subsidy pages: register an establishment, file a training plan inside its window, follow
 * it, withdraw it, and file the payment claim with its line-by-line amount.
 */
@Controller
class SubsidyPagesController {

    private final SubsidyPlans plans;
    private final SubsidyClaims claims;
    private final SubsidyDeadlines deadlines;
    private final SubsidyCases cases;
    private final Applicants applicants;
    private final AppUserRepository users;
    private final Outbox outbox;

    SubsidyPagesController(SubsidyPlans plans, SubsidyClaims claims, SubsidyDeadlines deadlines, SubsidyCases cases,
                           Applicants applicants, AppUserRepository users, Outbox outbox) {
        this.plans = plans;
        this.claims = claims;
        this.deadlines = deadlines;
        this.cases = cases;
        this.applicants = applicants;
        this.users = users;
        this.outbox = outbox;
    }

    @GetMapping("/subsidy/establishments/new")
    String newEstablishment(Model model) {
        applicants.require(ApplicantRole.EMPLOYER);
        return establishmentForm(model, new EstablishmentForm());
    }

    @PostMapping("/subsidy/establishments")
    String register(@Valid @ModelAttribute("form") EstablishmentForm form, BindingResult errors, Model model) {
        applicants.require(ApplicantRole.EMPLOYER);
        if (errors.hasErrors()) {
            return establishmentForm(model, form);
        }
        plans.register(form.getName().strip(), form.getIndustry(), form.getCapitalYen(), form.getRegularEmployees(),
                form.getInsuranceOfficeNumber().strip());
        return "redirect:/subsidy/new?registered";
    }

    @GetMapping("/subsidy/new")
    String newPlan(Model model) {
        applicants.require(ApplicantRole.EMPLOYER);
        return planForm(model, new PlanForm());
    }

    @PostMapping("/subsidy")
    String file(@Valid @ModelAttribute("form") PlanForm form, BindingResult errors, Model model) {
        applicants.require(ApplicantRole.EMPLOYER);
        checkTrainees(form, errors);
        checkDates(form, errors);
        if (errors.hasErrors()) {
            return planForm(model, form);
        }
        try {
            TrainingPlan plan = plans.file(form.getEstablishmentId(), content(form));
            return "redirect:/subsidy/" + plan.getId() + "?filed";
        } catch (InvalidRequestException e) {
            FormErrors.apply(errors, e);
        } catch (RuleViolationException e) {
            errors.reject(e.rule(), e.title());
            if ("subsidy.plan-window".equals(e.rule())) {
                model.addAttribute("planWindow", deadlines.planWindow(form.getTrainingStart()));
            }
        }
        return planForm(model, form);
    }

    /** A change before training starts; also how a requested correction is answered. */
    @GetMapping("/subsidy/{id}/change")
    String changeForm(@PathVariable long id, Model model) {
        applicants.require(ApplicantRole.EMPLOYER);
        TrainingPlan plan = plans.visiblePlan(id);
        PlanForm form = new PlanForm();
        form.setEstablishmentId(plan.getEstablishment().getId());
        form.setTrainingKind(plan.getTrainingKind());
        form.setTrainingStart(plan.getTrainingStart());
        form.setTrainingEnd(plan.getTrainingEnd());
        form.setOffJtHours(plan.getOffJtHours());
        form.setOjtHours(plan.getOjtHours());
        List<PlanForm.TraineeRow> rows = new ArrayList<>();
        plan.getTrainees().forEach(t -> {
            PlanForm.TraineeRow row = new PlanForm.TraineeRow();
            row.setName(t.getName());
            row.setWorkerType(t.getWorkerType());
            row.setPlannedExpenseYen(t.getPlannedExpenseYen());
            rows.add(row);
        });
        while (rows.size() < PlanForm.ROWS) {
            rows.add(new PlanForm.TraineeRow());
        }
        form.setTrainees(rows);
        return changeForm(model, plan, form);
    }

    @PostMapping("/subsidy/{id}/change")
    String change(@PathVariable long id, @Valid @ModelAttribute("form") PlanForm form, BindingResult errors, Model model) {
        applicants.require(ApplicantRole.EMPLOYER);
        TrainingPlan plan = plans.visiblePlan(id);
        checkTrainees(form, errors);
        checkDates(form, errors);
        if (!errors.hasErrors()) {
            try {
                plans.change(id, content(form));
                return "redirect:/subsidy/" + id + "?changed";
            } catch (InvalidRequestException e) {
                FormErrors.apply(errors, e);
            } catch (RuleViolationException e) {
                errors.reject(e.rule(), e.title() + " — " + e.getMessage());
                if ("subsidy.plan-window".equals(e.rule())) {
                    model.addAttribute("planWindow", deadlines.planWindow(form.getTrainingStart()));
                }
            } catch (ConflictException e) {
                errors.reject(e.rule(), e.getMessage());
            }
        }
        return changeForm(model, plan, form);
    }

    @PostMapping("/subsidy/{id}/premium-claim")
    String premiumClaim(@PathVariable long id, @Valid @ModelAttribute("premium") PremiumClaimForm premium,
                        BindingResult errors, Model model) {
        applicants.require(ApplicantRole.EMPLOYER);
        TrainingPlan plan = plans.visiblePlan(id);
        if (!errors.hasFieldErrors("wagePaidOn")) {
            try {
                SupportedDates.check("wagePaidOn", premium.getWagePaidOn());
            } catch (InvalidRequestException e) {
                errors.rejectValue("wagePaidOn", "supported-date", "対応していない日付です。 / This date is outside the supported range.");
            }
        }
        if (!errors.hasErrors()) {
            try {
                claims.filePremiumClaim(id, premium.getWagePaidOn(), premium.getTraineeIds());
                return "redirect:/subsidy/" + id + "?premiumClaimed";
            } catch (InvalidRequestException e) {
                FormErrors.apply(errors, e);
            } catch (RuleViolationException e) {
                errors.reject(e.rule(), e.title() + " — " + e.getMessage());
            } catch (ConflictException e) {
                errors.reject(e.rule(), e.getMessage());
            }
        }
        model.addAttribute("premium", premium);
        return page(model, plan, claimFormFor(plan));
    }

    @GetMapping("/subsidy/{id}")
    String show(@PathVariable long id, Model model) {
        applicants.require(ApplicantRole.EMPLOYER);
        TrainingPlan plan = plans.visiblePlan(id);
        return page(model, plan, claimFormFor(plan));
    }

    @PostMapping("/subsidy/{id}/withdraw")
    String withdraw(@PathVariable long id, Model model) {
        applicants.require(ApplicantRole.EMPLOYER);
        try {
            plans.withdraw(id);
            return "redirect:/subsidy/" + id + "?withdrawn";
        } catch (RuleViolationException | ConflictException e) {
            model.addAttribute("actionError", e.getMessage());
            TrainingPlan plan = plans.visiblePlan(id);
            return page(model, plan, claimFormFor(plan));
        }
    }

    @PostMapping("/subsidy/{id}/claim")
    String claim(@PathVariable long id, @Valid @ModelAttribute("claim") ClaimForm claim, BindingResult errors, Model model) {
        applicants.require(ApplicantRole.EMPLOYER);
        TrainingPlan plan = plans.visiblePlan(id);
        if (!errors.hasErrors()) {
            try {
                claims.fileClaim(id, claim.getTrainees().stream().map(t -> new SubsidyClaims.TraineeFigures(t.getTraineeId(),
                        t.getOffJtHours(), t.getOjtHours(), t.getExpensePaidYen(), t.isConvertedToRegular())).toList());
                return "redirect:/subsidy/" + id + "?claimed";
            } catch (InvalidRequestException e) {
                FormErrors.apply(errors, e);
            } catch (RuleViolationException | ConflictException e) {
                errors.reject("claim", e.getMessage());
            }
        }
        return page(model, plan, claim);
    }

    private ClaimForm claimFormFor(TrainingPlan plan) {
        ClaimForm form = new ClaimForm();
        plan.getTrainees().forEach(t -> {
            ClaimForm.Row row = new ClaimForm.Row();
            row.setTraineeId(t.getId());
            row.setName(t.getName());
            form.getTrainees().add(row);
        });
        return form;
    }

    private String page(Model model, TrainingPlan plan, ClaimForm claim) {
        String email = users.findById(plan.getOwner()).map(u -> u.getEmail()).orElse("");
        FilingWindow planWindow = deadlines.planWindow(plan.getTrainingStart());
        ClaimWindow claimWindow = deadlines.claimWindow(plan.getTrainingEnd());
        List<Claim> filed = cases.claimsOf(plan);
        model.addAttribute("plan", plan);
        model.addAttribute("summary", cases.summary(plan));
        model.addAttribute("trainingKind", SubsidyLabels.trainingKind(plan.getTrainingKind()));
        model.addAttribute("trainees", plan.getTrainees().stream().map(t -> new TraineeView(t.getName(),
                SubsidyLabels.workerType(t.getWorkerType()), t.getPlannedExpenseYen())).toList());
        model.addAttribute("planWindow", planWindow);
        model.addAttribute("claimWindow", claimWindow);
        model.addAttribute("checks", Arrays.stream(plan.getPlanChecks() == null ? new String[0] : plan.getPlanChecks().split("\n"))
                .filter(s -> !s.isBlank()).toList());
        model.addAttribute("estimate", plans.estimate(plan));
        model.addAttribute("claims", filed.stream().map(c -> new ClaimView(c.getId(), SubsidyLabels.claimKind(c.getKind()),
                SubsidyLabels.claimStatus(c.getStatus()), c.getFiledOn(), c.getDecidedOn(), c.getSubtotalYen(),
                c.getAlreadyDecidedYen(), c.getTotalYen(), claims.lines(c))).toList());
        model.addAttribute("claimOpen", plan.getStatus() == PlanStatus.AWAITING_CLAIM);
        model.addAttribute("withdrawable", List.of(PlanStatus.UNDER_REVIEW, PlanStatus.APPROVED,
                PlanStatus.CORRECTION_REQUESTED).contains(plan.getStatus()));
        model.addAttribute("timeline", cases.timeline(plan));
        model.addAttribute("mails", SentMail.about(outbox, "subsidy:plan:" + plan.getId() + ":", email));
        model.addAttribute("claim", claim);
        model.addAttribute("changeable", List.of(PlanStatus.UNDER_REVIEW, PlanStatus.APPROVED,
                PlanStatus.CORRECTION_REQUESTED).contains(plan.getStatus()) && plans.today().isBefore(plan.getTrainingStart()));
        boolean paymentApproved = filed.stream().anyMatch(c -> c.getKind() == ClaimKind.PAYMENT && c.getStatus() == ClaimStatus.APPROVED);
        boolean premiumFiled = filed.stream().anyMatch(c -> c.getKind() == ClaimKind.PREMIUM);
        model.addAttribute("premiumOpen", paymentApproved && !premiumFiled);
        if (!model.containsAttribute("premium")) {
            model.addAttribute("premium", new PremiumClaimForm());
        }
        model.addAttribute("traineeOptions", plan.getTrainees().stream().map(t -> new Option(
                t.getId().toString(), new Bilingual(t.getName(), t.getName()))).toList());
        return "portal/subsidy-case";
    }

    /** One trainee as planned. */
    record TraineeView(String name, Bilingual workerType, long plannedExpenseYen) {
    }

    /** One claim with its computed lines. */
    record ClaimView(long id, Bilingual kind, Bilingual status, LocalDate filedOn, LocalDate decidedOn,
                     Long subtotalYen, Long alreadyDecidedYen, Long totalYen, List<AmountLine> lines) {
    }

    private String establishmentForm(Model model, EstablishmentForm form) {
        model.addAttribute("form", form);
        model.addAttribute("industries", Arrays.stream(Industry.values())
                .map(i -> new Option(i.name(), SubsidyLabels.industry(i))).toList());
        return "portal/subsidy-establishment-form";
    }

    private String changeForm(Model model, TrainingPlan plan, PlanForm form) {
        planForm(model, form);
        model.addAttribute("changing", plan);
        model.addAttribute("summary", cases.summary(plan));
        return "portal/subsidy-plan-form";
    }

    private static TrainingPlan.Content content(PlanForm form) {
        return new TrainingPlan.Content(form.getTrainingKind(), form.getTrainingStart(), form.getTrainingEnd(),
                form.getOffJtHours(), form.getOjtHours(), form.getTrainees().stream().filter(t -> !t.isEmpty())
                .map(t -> new TrainingPlan.TraineeContent(t.getName().strip(), t.getWorkerType(), t.getPlannedExpenseYen()))
                .toList());
    }

    private String planForm(Model model, PlanForm form) {
        List<Establishment> own = plans.ownEstablishments();
        model.addAttribute("form", form);
        model.addAttribute("establishments", own);
        model.addAttribute("trainingKinds", Arrays.stream(TrainingKind.values())
                .map(k -> new Option(k.name(), SubsidyLabels.trainingKind(k))).toList());
        model.addAttribute("workerTypes", Arrays.stream(WorkerType.values())
                .map(w -> new Option(w.name(), SubsidyLabels.workerType(w))).toList());
        return "portal/subsidy-plan-form";
    }

    private static void checkTrainees(PlanForm form, BindingResult errors) {
        List<PlanForm.TraineeRow> rows = form.getTrainees();
        for (int i = 0; i < rows.size(); i++) {
            PlanForm.TraineeRow row = rows.get(i);
            if (row.isEmpty()) {
                continue;
            }
            if (row.getName() == null || row.getName().isBlank()) {
                errors.rejectValue("trainees[" + i + "].name", "required", Messages.REQUIRED);
            }
            if (row.getWorkerType() == null) {
                errors.rejectValue("trainees[" + i + "].workerType", "required", Messages.CHOOSE);
            }
            if (row.getPlannedExpenseYen() == null) {
                errors.rejectValue("trainees[" + i + "].plannedExpenseYen", "required", Messages.REQUIRED_NUMBER);
            }
        }
        if (rows.stream().allMatch(PlanForm.TraineeRow::isEmpty)) {
            errors.rejectValue("trainees[0].name", "required",
                    "受講者を1人以上入力してください。 / Enter at least one trainee.");
        }
    }

    private static void checkDates(PlanForm form, BindingResult errors) {
        for (String field : List.of("trainingStart", "trainingEnd")) {
            Object value = errors.getFieldValue(field);
            if (value instanceof LocalDate date && !errors.hasFieldErrors(field)) {
                try {
                    SupportedDates.check(field, date);
                } catch (InvalidRequestException e) {
                    errors.rejectValue(field, "supported-date", "対応していない日付です。 / This date is outside the supported range.");
                }
            }
        }
        if (form.getTrainingStart() != null && form.getTrainingEnd() != null && !errors.hasFieldErrors("trainingEnd")
                && form.getTrainingEnd().isBefore(form.getTrainingStart())) {
            errors.rejectValue("trainingEnd", "after-start", "訓練開始日以降の日付を入力してください。 / The training ends on or after its start.");
        }
    }
}
