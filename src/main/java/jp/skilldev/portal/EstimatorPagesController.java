package jp.skilldev.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import jp.skilldev.designation.DesignationCalendar;
import jp.skilldev.designation.DesignationSchedule;
import jp.skilldev.leavebenefit.LeaveBenefitRules;
import jp.skilldev.subsidy.CompanySize;
import jp.skilldev.subsidy.SubsidyEstimator;
import jp.skilldev.subsidy.TrainingKind;
import jp.skilldev.subsidy.WorkerType;
import jp.skilldev.web.InvalidRequestException;
import jp.skilldev.web.RuleViolationException;
import jp.skilldev.web.SupportedDates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Public estimators (no sign-in), computed by the same rule code as the public estimate APIs and the
 * processes. A plain GET form: the answer is a page one can bookmark or share.
 */
@Controller
class EstimatorPagesController {

    private final DesignationCalendar designationCalendar;
    private final SubsidyEstimator subsidyEstimator;
    private final LeaveBenefitRules leaveRules;

    EstimatorPagesController(DesignationCalendar designationCalendar, SubsidyEstimator subsidyEstimator,
                             LeaveBenefitRules leaveRules) {
        this.designationCalendar = designationCalendar;
        this.subsidyEstimator = subsidyEstimator;
        this.leaveRules = leaveRules;
    }

    @GetMapping("/estimate/designation")
    String designation(@Valid @ModelAttribute("form") DesignationEstimateForm form, BindingResult errors,
                       HttpServletRequest request, Model model) {
        if (asked(request) && !errors.hasErrors() && supported(errors, "applicationDate", form.getApplicationDate())) {
            LocalDate day = form.getApplicationDate();
            DesignationSchedule.Decision decision = designationCalendar.scheduleOn(day).forApplicationOn(day);
            model.addAttribute("accepted", decision instanceof DesignationSchedule.Accepted a ? a : null);
            model.addAttribute("refused", decision instanceof DesignationSchedule.Refused r ? r : null);
        }
        return view(request, model, form, "portal/estimate-designation");
    }

    @GetMapping("/estimate/subsidy")
    String subsidy(@Valid @ModelAttribute("form") SubsidyEstimateForm form, BindingResult errors,
                   HttpServletRequest request, Model model) {
        model.addAttribute("trainingKinds", TrainingKind.values());
        model.addAttribute("companySizes", CompanySize.values());
        model.addAttribute("workerTypes", WorkerType.values());
        if (asked(request) && !errors.hasErrors() && supported(errors, "planDate", form.getPlanDate())) {
            try {
                model.addAttribute("amount", subsidyEstimator.estimate(form.getTrainingKind(), form.getCompanySize(),
                        form.getWorkerType(), form.getHours(), form.getOjtHours() == null ? BigDecimal.ZERO : form.getOjtHours(),
                        form.getExpensePaidYen(), form.isWageRequirementMet(), form.getPlanDate()));
            } catch (RuleViolationException e) {
                errors.reject(e.rule(), e.title());
            }
        }
        return view(request, model, form, "portal/estimate-subsidy");
    }

    @GetMapping("/estimate/leave-benefit")
    String leaveBenefit(@Valid @ModelAttribute("form") LeaveEstimateForm form, BindingResult errors,
                        HttpServletRequest request, Model model) {
        if (asked(request) && !errors.hasErrors() && supported(errors, "leaveStart", form.getLeaveStart())) {
            if (!leaveRules.coversLeaveStartingOn(form.getLeaveStart())) {
                errors.rejectValue("leaveStart", "benefit-not-in-force", null,
                        "この日に始まる休暇は給付の対象外です。 / The benefit does not cover a leave starting on this day.");
            } else {
                model.addAttribute("estimate", leaveRules.estimate(form.getLeaveStart(), form.getAge(),
                        form.getWagesSixMonthsYen(), form.getInsuredYears()));
            }
        }
        return view(request, model, form, "portal/estimate-leave-benefit");
    }

    /** The first visit shows the empty form without complaining about its empty fields. */
    private static String view(HttpServletRequest request, Model model, Object form, String view) {
        if (!asked(request)) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(form, "form"));
        }
        return view;
    }

    private static boolean asked(HttpServletRequest request) {
        return request.getParameter("estimate") != null;
    }

    private static boolean supported(BindingResult errors, String field, LocalDate date) {
        try {
            SupportedDates.check(field, date);
            return true;
        } catch (InvalidRequestException e) {
            errors.rejectValue(field, "supported-date", null,
                    "対応していない日付です。 / This date is outside the supported range.");
            return false;
        }
    }
}
