package jp.skilldev.designation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import jp.skilldev.security.AppUser;
import jp.skilldev.security.AppUserRepository;
import jp.skilldev.web.ConflictException;
import jp.skilldev.web.NotFoundException;
import jp.skilldev.web.RuleViolationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a provider does with designation applications; every lookup is scoped to the provider's own records. */
@Service
public class DesignationApplications {

    public static final int PAGE_SIZE = 20;

    /** The fields an application carries besides the facts the criteria look at. */
    public record Filing(String courseName, String field, String prefecture, long feeYen, CourseFacts facts) {
    }

    private final DesignationApplicationRepository applications;
    private final DesignationHistory history;
    private final DesignationCalendar designationCalendar;
    private final AppUserRepository users;
    private final RuntimeService runtimeService;
    private final Clock clock;

    public DesignationApplications(DesignationApplicationRepository applications, DesignationHistory history,
                                   DesignationCalendar designationCalendar, AppUserRepository users,
                                   RuntimeService runtimeService, Clock clock) {
        this.applications = applications;
        this.history = history;
        this.designationCalendar = designationCalendar;
        this.users = users;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /**
     * Files an application: refused with the next window's dates outside a window (nothing stored),
     * refused as a conflict while the same course has an open application, else stored and started.
     */
    @Transactional
    public DesignationApplication submit(String provider, Filing filing) {
        LocalDate today = LocalDate.now(clock);
        DesignationSchedule.Decision decision = designationCalendar.scheduleOn(today).forApplicationOn(today);
        if (decision instanceof DesignationSchedule.Refused refused) {
            throw outsideWindow(today, refused);
        }
        DesignationSchedule.Accepted window = (DesignationSchedule.Accepted) decision;
        if (applications.existsByProviderUsernameAndCourseNameAndStatusIn(provider, filing.courseName(),
                DesignationStatus.OPEN)) {
            throw duplicate(filing.courseName());
        }
        AppUser user = users.findById(provider).orElseThrow(() -> new IllegalStateException("no account " + provider));
        DesignationApplication application = new DesignationApplication(provider, user.getDisplayName(), filing.facts(),
                filing.courseName(), filing.field(), filing.prefecture(), filing.feeYen(), today, window);
        applications.findByProviderUsernameAndCourseNameAndStatusAndDesignatedUntil(provider, filing.courseName(),
                        DesignationStatus.APPROVED, window.designatedFrom().minusDays(1))
                .stream().findFirst().ifPresent(current -> application.renews(current.getId()));
        try {
            applications.saveAndFlush(application);
        } catch (DataIntegrityViolationException e) {
            throw duplicate(filing.courseName());
        }
        history.record(application.getId(), DesignationStatus.SUBMITTED.name(),
                window.window().name() + " " + window.window().opens() + "–" + window.lastFilingDay());
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(DesignationProcess.ID,
                application.getId().toString(), Map.of(DesignationProcess.APPLICATION_ID, application.getId()));
        application.startedAs(instance.getId());
        return application;
    }

    @Transactional(readOnly = true)
    public Page<DesignationApplication> own(String provider, int page) {
        return applications.findByProviderUsernameOrderByIdDesc(provider, PageRequest.of(page, PAGE_SIZE));
    }

    @Transactional(readOnly = true)
    public DesignationApplication own(String provider, Long id) {
        return applications.findByIdAndProviderUsername(id, provider)
                .orElseThrow(() -> new NotFoundException("designation application", id));
    }

    /** Stores the provider's answer and returns the application to the criteria checks and review. */
    @Transactional
    public DesignationApplication answerCorrection(String provider, Long id, String answer, String facilityManager,
                                                   String complaintsOfficer, String targetQualification) {
        DesignationApplication application = own(provider, id);
        if (application.getStatus() != DesignationStatus.CORRECTION_REQUESTED) {
            throw new ConflictException("designation-correction-not-requested",
                    "application " + id + " is " + application.getStatus() + ", no correction is requested");
        }
        application.answerCorrection(answer, facilityManager, complaintsOfficer, targetQualification);
        history.record(id, "CORRECTION_ANSWERED", null);
        applications.saveAndFlush(application);
        runtimeService.createMessageCorrelation(DesignationProcess.MESSAGE_CORRECTION_ANSWERED)
                .processInstanceBusinessKey(id.toString()).correlate();
        return application;
    }

    /** Withdraws an open application; the process records the withdrawal at once. */
    @Transactional
    public DesignationApplication withdraw(String provider, Long id) {
        DesignationApplication application = own(provider, id);
        if (!application.getStatus().isOpen()) {
            throw new ConflictException("designation-not-open",
                    "application " + id + " is " + application.getStatus() + " and can no longer be withdrawn");
        }
        runtimeService.createMessageCorrelation(DesignationProcess.MESSAGE_WITHDRAWN)
                .processInstanceBusinessKey(id.toString()).correlate();
        return applications.findById(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Page<DesignationApplication> register(String prefecture, String field, CourseTier tier, String q, int page) {
        String pattern = q == null || q.isBlank() ? null
                : "%" + q.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return applications.register(Set.of(DesignationStatus.APPROVED), LocalDate.now(clock),
                blankToNull(prefecture), blankToNull(field), tier, pattern, PageRequest.of(page, PAGE_SIZE));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static RuleViolationException outsideWindow(LocalDate today, DesignationSchedule.Refused refused) {
        ApplicationWindow next = refused.nextWindow();
        return new RuleViolationException("designation-window",
                "申請受付期間外です / Outside the application window",
                "Applications for course designation are accepted only in a window; " + today
                        + " is outside. The next window opens " + next.opens() + " and accepts applications until "
                        + refused.nextWindowLastFilingDay() + ".",
                Map.of("applicationDate", today, "nextWindow", Map.of(
                        "name", next.name(), "opens", next.opens(), "closes", next.closes(),
                        "lastFilingDay", refused.nextWindowLastFilingDay(), "designatedFrom", next.designatedFrom())));
    }

    private static ConflictException duplicate(String courseName) {
        return new ConflictException("designation-open-application",
                "an application for the course '" + courseName + "' is already open");
    }
}
