package jp.skilldev.portal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import jp.skilldev.designation.CourseFacts;
import jp.skilldev.designation.CourseTier;
import jp.skilldev.designation.DeliveryMode;
import jp.skilldev.designation.DesignationApplication;
import jp.skilldev.designation.DesignationApplications;
import jp.skilldev.designation.DesignationCalendar;
import jp.skilldev.designation.DesignationSchedule;
import jp.skilldev.notification.Outbox;
import jp.skilldev.security.AppUserRepository;
import jp.skilldev.security.ApplicantRole;
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

/** A training provider's designation pages: file an application, follow it, answer a correction. */
@Controller
class DesignationPagesController {

    private final DesignationApplications applications;
    private final DesignationCases cases;
    private final DesignationCalendar designationCalendar;
    private final Applicants applicants;
    private final AppUserRepository users;
    private final Outbox outbox;
    private final Clock clock;

    DesignationPagesController(DesignationApplications applications, DesignationCases cases,
                               DesignationCalendar designationCalendar, Applicants applicants, AppUserRepository users,
                               Outbox outbox, Clock clock) {
        this.applications = applications;
        this.cases = cases;
        this.designationCalendar = designationCalendar;
        this.applicants = applicants;
        this.users = users;
        this.outbox = outbox;
        this.clock = clock;
    }

    @GetMapping("/designation/new")
    String newApplication(Model model) {
        applicants.require(ApplicantRole.PROVIDER);
        return form(model, new DesignationForm());
    }

    @PostMapping("/designation")
    String submit(@Valid @ModelAttribute("form") DesignationForm form, BindingResult errors, Model model) {
        String provider = applicants.require(ApplicantRole.PROVIDER);
        LocalDate today = LocalDate.now(clock);
        if (form.getTrackRecordSince() != null && !errors.hasFieldErrors("trackRecordSince")) {
            if (!SupportedDates.FIRST.isBefore(form.getTrackRecordSince()) || form.getTrackRecordSince().isAfter(today)) {
                errors.rejectValue("trackRecordSince", "past-or-present", null,
                        "今日（" + today + "）以前の日付を入力してください。 / Enter a date on or before today (" + today + ").");
            }
        }
        if (errors.hasErrors()) {
            return form(model, form);
        }
        try {
            DesignationApplication filed = applications.submit(provider, new DesignationApplications.Filing(
                    form.getCourseName().strip(), form.getField().strip(), form.getPrefecture().strip(), form.getFeeYen(),
                    new CourseFacts(form.getTier(), form.getTrainingHours(), form.getDurationMonths(), form.getDeliveryMode(),
                            strip(form.getTargetQualification()), form.getTrackRecordSince(),
                            strip(form.getFacilityManager()), strip(form.getComplaintsOfficer()))));
            return "redirect:/designation/" + filed.getId() + "?filed";
        } catch (InvalidRequestException e) {
            e.errors().forEach(error -> errors.rejectValue(error.field(), error.rule(), null, error.message()));
        } catch (RuleViolationException e) {
            errors.reject(e.rule(), e.title());
        } catch (ConflictException e) {
            errors.reject(e.rule(), "同じ講座の申請がすでに審査中です。 / An application for this course is already open.");
        }
        return form(model, form);
    }

    @GetMapping("/designation/{id}")
    String show(@PathVariable long id, Model model) {
        return page(model, applications.own(applicants.require(ApplicantRole.PROVIDER), id), new CorrectionForm());
    }

    @PostMapping("/designation/{id}/correction")
    String answerCorrection(@PathVariable long id, @Valid @ModelAttribute("correction") CorrectionForm correction,
                            BindingResult errors, Model model) {
        String provider = applicants.require(ApplicantRole.PROVIDER);
        DesignationApplication application = applications.own(provider, id);
        if (errors.hasErrors()) {
            return page(model, application, correction);
        }
        try {
            applications.answerCorrection(provider, id, correction.getAnswer().strip(),
                    strip(correction.getFacilityManager()), strip(correction.getComplaintsOfficer()),
                    strip(correction.getTargetQualification()));
            return "redirect:/designation/" + id + "?answered";
        } catch (ConflictException e) {
            errors.reject(e.rule(), "この申請には現在、補正の依頼がありません。 / No correction is requested for this application now.");
            return page(model, applications.own(provider, id), correction);
        }
    }

    @PostMapping("/designation/{id}/withdraw")
    String withdraw(@PathVariable long id) {
        applications.withdraw(applicants.require(ApplicantRole.PROVIDER), id);
        return "redirect:/designation/" + id + "?withdrawn";
    }

    private String form(Model model, DesignationForm form) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("form", form);
        model.addAttribute("tiers", Arrays.stream(CourseTier.values())
                .map(t -> new Option(t.name(), DesignationLabels.tier(t))).toList());
        model.addAttribute("deliveryModes", Arrays.stream(DeliveryMode.values())
                .map(m -> new Option(m.name(), DesignationLabels.deliveryMode(m))).toList());
        model.addAttribute("today", today);
        DesignationSchedule.Decision decision = designationCalendar.scheduleOn(today).forApplicationOn(today);
        model.addAttribute("accepted", decision instanceof DesignationSchedule.Accepted a ? a : null);
        model.addAttribute("refused", decision instanceof DesignationSchedule.Refused r ? r : null);
        return "portal/designation-form";
    }

    private String page(Model model, DesignationApplication application, CorrectionForm correction) {
        String email = users.findById(application.getProviderUsername()).map(u -> u.getEmail()).orElse("");
        model.addAttribute("designation", application);
        model.addAttribute("summary", cases.summary(application));
        model.addAttribute("tier", DesignationLabels.tier(application.getTier()));
        model.addAttribute("deliveryMode", DesignationLabels.deliveryMode(application.getDeliveryMode()));
        model.addAttribute("timeline", cases.timeline(application));
        model.addAttribute("mails", SentMail.about(outbox, "designation:" + application.getId() + ":", email));
        model.addAttribute("correction", correction);
        model.addAttribute("today", LocalDate.now(clock));
        return "portal/designation-case";
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
