package jp.skilldev.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.skilldev.security.ApplicantRole;
import jp.skilldev.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal's home: the public start page, or for a signed-in applicant the dashboard of their own cases. */
@Controller
class DashboardController {

    private final CurrentUser currentUser;
    private final DesignationCases designationCases;
    private final LeaveCases leaveCases;
    private final SubsidyCases subsidyCases;
    private final Clock clock;

    DashboardController(CurrentUser currentUser, DesignationCases designationCases, LeaveCases leaveCases,
                        SubsidyCases subsidyCases, Clock clock) {
        this.currentUser = currentUser;
        this.designationCases = designationCases;
        this.leaveCases = leaveCases;
        this.subsidyCases = subsidyCases;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        Optional<ApplicantRole> role = currentUser.applicantRole();
        model.addAttribute("today", LocalDate.now(clock));
        if (role.isEmpty()) {
            model.addAttribute("staff", currentUser.isStaff());
            return "portal/home";
        }
        String username = currentUser.username();
        List<CaseSummary> cases = new ArrayList<>();
        switch (role.get()) {
            case PROVIDER -> cases.addAll(designationCases.summaries(username));
            case EMPLOYER -> {
                cases.addAll(subsidyCases.summaries());
                cases.addAll(leaveCases.summaries(username));
            }
            case WORKER -> cases.addAll(leaveCases.summaries(username));
        }
        // Cases with the nearest deadline first; those without a deadline keep their order at the end.
        cases.sort(Comparator.comparing((CaseSummary c) -> c.deadline() == null ? LocalDate.MAX : c.deadline().date()));
        model.addAttribute("role", role.get());
        model.addAttribute("cases", cases);
        return "portal/dashboard";
    }
}
