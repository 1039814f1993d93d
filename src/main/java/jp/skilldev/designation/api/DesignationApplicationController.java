package jp.skilldev.designation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.skilldev.designation.CourseFacts;
import jp.skilldev.designation.CourseTier;
import jp.skilldev.designation.DeliveryMode;
import jp.skilldev.designation.DesignationApplication;
import jp.skilldev.designation.DesignationApplications;
import jp.skilldev.designation.DesignationCalendar;
import jp.skilldev.designation.DesignationHistory;
import jp.skilldev.designation.DesignationRuleData;
import jp.skilldev.designation.DesignationStatus;
import jp.skilldev.security.ApplicantRole;
import jp.skilldev.security.CurrentUser;
import jp.skilldev.web.InvalidRequestException;
import jp.skilldev.web.SupportedDates;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A training provider's designation applications (指定申請): file, follow, answer corrections, withdraw. */
@RestController
@RequestMapping("/api/designation-applications")
class DesignationApplicationController {

    private final DesignationApplications applications;
    private final DesignationHistory history;
    private final DesignationCalendar designationCalendar;
    private final DesignationRuleData ruleData;
    private final CurrentUser currentUser;
    private final Clock clock;

    DesignationApplicationController(DesignationApplications applications, DesignationHistory history,
                                     DesignationCalendar designationCalendar, DesignationRuleData ruleData,
                                     CurrentUser currentUser, Clock clock) {
        this.applications = applications;
        this.history = history;
        this.designationCalendar = designationCalendar;
        this.ruleData = ruleData;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    record SubmitRequest(
            @NotBlank @Size(max = 200) String courseName,
            @NotNull CourseTier tier,
            @NotBlank @Size(max = 100) String field,
            @NotBlank @Size(max = 20) String prefecture,
            @NotNull @Positive @Max(10_000) Integer trainingHours,
            @NotNull @Positive @Max(120) Integer durationMonths,
            @NotNull DeliveryMode deliveryMode,
            @Size(max = 200) String targetQualification,
            @NotNull @PositiveOrZero @Max(100_000_000) Long feeYen,
            @NotNull LocalDate trackRecordSince,
            @Size(max = 100) String facilityManager,
            @Size(max = 100) String complaintsOfficer) {
    }

    record CorrectionRequest(@NotBlank @Size(max = 4000) String answer,
                             @Size(max = 100) String facilityManager,
                             @Size(max = 100) String complaintsOfficer,
                             @Size(max = 200) String targetQualification) {
    }

    record WindowView(String name, LocalDate opens, LocalDate closes, LocalDate lastFilingDay, LocalDate designatedFrom) {
    }

    record Submitted(Long id, DesignationStatus status, WindowView window, LocalDate designatedFromIfApproved,
                     LocalDate designatedUntilIfApproved) {
    }

    record Summary(Long id, String courseName, CourseTier tier, DesignationStatus status, LocalDate submittedOn,
                   LocalDate designatedFrom, LocalDate designatedUntil) {
    }

    record PageView<T>(List<T> items, int page, int size, long total) {
    }

    record StepView(String step, LocalDate on, String note) {
    }

    record OpenDeadline(String ja, String en, LocalDate date, String basis) {
    }

    record Detail(Long id, String courseName, CourseTier tier, String field, String prefecture, int trainingHours,
                  int durationMonths, DeliveryMode deliveryMode, String targetQualification, long feeYen,
                  LocalDate trackRecordSince, String facilityManager, String complaintsOfficer,
                  DesignationStatus status, LocalDate submittedOn, WindowView window, LocalDate designatedFrom,
                  LocalDate designatedUntil, Long renewsApplicationId, String reviewComment, String correctionRequest,
                  LocalDate correctionDue, String correctionAnswer, List<StepView> history,
                  List<OpenDeadline> openDeadlines) {
    }

    @PostMapping
    ResponseEntity<Submitted> submit(@Valid @RequestBody SubmitRequest request) {
        String provider = provider();
        SupportedDates.check("trackRecordSince", request.trackRecordSince());
        if (request.trackRecordSince().isAfter(LocalDate.now(clock))) {
            throw new InvalidRequestException("trackRecordSince", "past-or-present",
                    "the track record cannot start after today " + LocalDate.now(clock));
        }
        CourseFacts facts = new CourseFacts(request.tier(), request.trainingHours(), request.durationMonths(),
                request.deliveryMode(), strip(request.targetQualification()), request.trackRecordSince(),
                strip(request.facilityManager()), strip(request.complaintsOfficer()));
        DesignationApplication application = applications.submit(provider, new DesignationApplications.Filing(
                request.courseName().strip(), request.field().strip(), request.prefecture().strip(), request.feeYen(),
                facts));
        return ResponseEntity.created(URI.create("/api/designation-applications/" + application.getId()))
                .body(new Submitted(application.getId(), application.getStatus(), window(application),
                        application.getDesignatedFrom(), application.getDesignatedUntil()));
    }

    @GetMapping
    PageView<Summary> list(@RequestParam(defaultValue = "0") int page) {
        if (page < 0) {
            throw new InvalidRequestException("page", "min", "page must be 0 or more");
        }
        Page<DesignationApplication> result = applications.own(provider(), page);
        return new PageView<>(result.map(a -> new Summary(a.getId(), a.getCourseName(), a.getTier(), a.getStatus(),
                a.getSubmittedOn(), a.getDesignatedFrom(), a.getDesignatedUntil())).getContent(),
                page, result.getSize(), result.getTotalElements());
    }

    @GetMapping("/{id}")
    Detail get(@PathVariable Long id) {
        return detail(applications.own(provider(), id));
    }

    @PostMapping("/{id}/correction")
    Detail answerCorrection(@PathVariable Long id, @Valid @RequestBody CorrectionRequest request) {
        return detail(applications.answerCorrection(provider(), id, request.answer().strip(),
                strip(request.facilityManager()), strip(request.complaintsOfficer()),
                strip(request.targetQualification())));
    }

    @PostMapping("/{id}/withdraw")
    Detail withdraw(@PathVariable Long id) {
        return detail(applications.withdraw(provider(), id));
    }

    private String provider() {
        if (currentUser.applicantRole().orElse(null) != ApplicantRole.PROVIDER) {
            throw new AccessDeniedException("designation applications are filed by training providers");
        }
        return currentUser.username();
    }

    private Detail detail(DesignationApplication a) {
        List<StepView> steps = history.of(a.getId()).stream()
                .map(s -> new StepView(s.getStep(), s.getOccurredOn(), s.getNote())).toList();
        return new Detail(a.getId(), a.getCourseName(), a.getTier(), a.getField(), a.getPrefecture(),
                a.getTrainingHours(), a.getDurationMonths(), a.getDeliveryMode(), a.getTargetQualification(),
                a.getFeeYen(), a.getTrackRecordSince(), a.getFacilityManager(), a.getComplaintsOfficer(),
                a.getStatus(), a.getSubmittedOn(), window(a), a.getDesignatedFrom(), a.getDesignatedUntil(),
                a.getRenewsApplicationId(), a.getReviewComment(), a.getCorrectionRequest(), a.getCorrectionDue(),
                a.getCorrectionAnswer(), steps, openDeadlines(a));
    }

    /** The dates the provider must act by now: a correction's reply deadline, or the renewal window of a designation. */
    private List<OpenDeadline> openDeadlines(DesignationApplication a) {
        List<OpenDeadline> deadlines = new ArrayList<>();
        if (a.getStatus() == DesignationStatus.CORRECTION_REQUESTED && a.getCorrectionDue() != null) {
            deadlines.add(new OpenDeadline("補正の回答期限", "correction reply deadline", a.getCorrectionDue(),
                    ruleData.correctionOn(a.getCorrectionDue()).citation()));
        }
        if (a.getStatus() == DesignationStatus.APPROVED) {
            var schedule = designationCalendar.scheduleOn(a.getDesignatedUntil());
            schedule.renewalWindowFor(a.getDesignatedUntil()).ifPresent(w -> deadlines.add(new OpenDeadline(
                    "更新申請の受付期間（" + w.opens() + " から）", "renewal application window (opens " + w.opens() + ")",
                    schedule.lastFilingDay(w), "designation-windows")));
            deadlines.add(new OpenDeadline("指定期間の末日", "last day of the designation", a.getDesignatedUntil(),
                    "designation-windows termYears"));
        }
        return deadlines;
    }

    private static WindowView window(DesignationApplication a) {
        return new WindowView(a.getWindowName(), a.getWindowOpens(), a.getWindowCloses(), a.getLastFilingDay(),
                a.getDesignatedFrom());
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
