package jp.skilldev.council.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import jp.skilldev.council.CouncilCycles;
import jp.skilldev.council.CouncilCycles.Cycle;
import jp.skilldev.council.FiscalYear;
import jp.skilldev.council.HearingKind;
import jp.skilldev.council.Prefecture;
import jp.skilldev.security.CurrentUser;
import jp.skilldev.web.InvalidRequestException;
import jp.skilldev.web.NotFoundException;
import jp.skilldev.web.SupportedDates;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The secretariat's year: start a cycle, record the working group's courses and hearings, see the timeline. Staff only. */
@RestController
class CouncilCycleController {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final CouncilCycles cycles;
    private final HistoryService historyService;
    private final CurrentUser currentUser;

    CouncilCycleController(CouncilCycles cycles, HistoryService historyService, CurrentUser currentUser) {
        this.cycles = cycles;
        this.historyService = historyService;
        this.currentUser = currentUser;
    }

    record CycleView(long cycleId, String prefecture, int fiscalYear, String processInstanceId, String businessKey) {

        static CycleView of(Cycle cycle) {
            return new CycleView(cycle.id(), cycle.prefecture().slug(), cycle.year().year(), cycle.processInstanceId(),
                    CouncilCycles.businessKey(cycle.prefecture(), cycle.year()));
        }
    }

    @PostMapping("/api/council/{prefecture}/{fiscalYear}/cycle")
    @ResponseStatus(HttpStatus.CREATED)
    CycleView start(@PathVariable String prefecture, @PathVariable int fiscalYear) {
        requireStaff();
        return CycleView.of(cycles.start(prefecture(prefecture), fiscalYear(fiscalYear)));
    }

    record CourseRequest(@NotBlank @Size(max = 100) String field, @NotBlank @Size(max = 200) String courseName,
                         @NotBlank @Size(max = 200) String provider) {
    }

    record Created(long id) {
    }

    @PostMapping("/api/council/{prefecture}/{fiscalYear}/working-group/courses")
    @ResponseStatus(HttpStatus.CREATED)
    Created addCourse(@PathVariable String prefecture, @PathVariable int fiscalYear, @Valid @RequestBody CourseRequest request) {
        Cycle cycle = cycle(prefecture, fiscalYear);
        return new Created(cycles.addCourse(cycle.id(), request.field().strip(), request.courseName().strip(),
                request.provider().strip()));
    }

    /** {@code answers} answer the kind's mandatory questions in order ({@link HearingKind#questions()}); none may be blank. */
    record HearingRequest(@NotNull HearingKind kind, @NotBlank @Size(max = 200) String interviewee, @NotNull LocalDate heldOn,
                          @NotNull List<@NotBlank @Size(max = 4000) String> answers) {
    }

    @PostMapping("/api/council/{prefecture}/{fiscalYear}/working-group/courses/{courseId}/hearings")
    @ResponseStatus(HttpStatus.CREATED)
    Created addHearing(@PathVariable String prefecture, @PathVariable int fiscalYear, @PathVariable long courseId,
                       @Valid @RequestBody HearingRequest request) {
        Cycle cycle = cycle(prefecture, fiscalYear);
        SupportedDates.check("heldOn", request.heldOn());
        if (request.answers().size() != request.kind().questions().size()) {
            throw new InvalidRequestException("answers", "mandatory-questions", "answer each of the "
                    + request.kind().questions().size() + " mandatory questions: " + String.join(" | ", request.kind().questions()));
        }
        return new Created(cycles.addHearing(cycle.id(), courseId, request.kind(), request.interviewee().strip(),
                request.answers(), request.heldOn()));
    }

    record WorkingGroupView(boolean mayReport, List<String> missing) {
    }

    @GetMapping("/api/council/{prefecture}/{fiscalYear}/working-group")
    WorkingGroupView workingGroup(@PathVariable String prefecture, @PathVariable int fiscalYear) {
        List<String> missing = cycles.workingGroupMissing(cycle(prefecture, fiscalYear).id());
        return new WorkingGroupView(missing.isEmpty(), missing);
    }

    record TimelineEntry(String step, LocalDate due, LocalDate started, LocalDate completed) {
    }

    record Timeline(CycleView cycle, List<LocalDate> meetings, int minimumMeetings, List<TimelineEntry> steps) {
    }

    /** The year at a glance: meetings held and every step with its due date, in order. */
    @GetMapping("/api/council/{prefecture}/{fiscalYear}/timeline")
    Timeline timeline(@PathVariable String prefecture, @PathVariable int fiscalYear) {
        Cycle cycle = cycle(prefecture, fiscalYear);
        List<TimelineEntry> steps = historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(cycle.processInstanceId()).orderByHistoricActivityInstanceStartTime().asc().list().stream()
                .map(t -> new TimelineEntry(t.getName(), day(t.getDueDate()), day(t.getStartTime()), day(t.getEndTime())))
                .toList();
        return new Timeline(CycleView.of(cycle), cycles.meetings(cycle.id()), cycles.rulesFor(cycle.year()).minimumMeetings(), steps);
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toInstant().atZone(TOKYO).toLocalDate();
    }

    private Cycle cycle(String prefecture, int fiscalYear) {
        requireStaff();
        Prefecture p = prefecture(prefecture);
        return cycles.find(p, fiscalYear(fiscalYear))
                .orElseThrow(() -> new NotFoundException("council cycle of " + p.slug() + " for fiscal year", fiscalYear));
    }

    private void requireStaff() {
        if (!currentUser.isStaff()) {
            throw new AccessDeniedException("the council's cycle is run by the council secretariat");
        }
    }

    private static Prefecture prefecture(String slug) {
        return Prefecture.ofSlug(slug).orElseThrow(() -> new NotFoundException("prefecture", slug));
    }

    private static FiscalYear fiscalYear(int fiscalYear) {
        if (fiscalYear < 2022 || fiscalYear > 2098) {
            throw new InvalidRequestException("fiscalYear", "range", "council cycles run for fiscal years 2022 to 2098");
        }
        return new FiscalYear(fiscalYear);
    }
}
