package jp.skilldev.leavebenefit.api;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import jp.skilldev.leavebenefit.LeaveBenefitCase;
import jp.skilldev.leavebenefit.LeaveBenefitRules;
import jp.skilldev.leavebenefit.LeaveBenefitService;
import jp.skilldev.leavebenefit.LeaveDeadlines;
import jp.skilldev.leavebenefit.NewLeave;
import jp.skilldev.security.ApplicantRole;
import jp.skilldev.security.CurrentUser;
import jp.skilldev.web.SupportedDates;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Employers record leaves and wage certificates; workers apply and declare; both see the case. */
@RestController
@RequestMapping("/api/leave-benefits")
class LeaveBenefitController {

    private final LeaveBenefitService service;
    private final LeaveBenefitRules rules;
    private final LeaveDeadlines deadlines;
    private final CurrentUser currentUser;

    LeaveBenefitController(LeaveBenefitService service, LeaveBenefitRules rules, LeaveDeadlines deadlines,
                           CurrentUser currentUser) {
        this.service = service;
        this.rules = rules;
        this.deadlines = deadlines;
        this.currentUser = currentUser;
    }

    @PostMapping
    ResponseEntity<LeaveBenefitView> file(@Valid @RequestBody LeaveBenefitRequests.FileLeave request) {
        String employer = requireRole(ApplicantRole.EMPLOYER);
        LeaveBenefitChecks.checkLeaveStart(rules, request.leaveStart());
        SupportedDates.check("plannedLastDay", request.plannedLastDay());
        LeaveBenefitCase filed = service.file(employer, new NewLeave(request.workerUsername(), request.leaveStart(),
                request.plannedLastDay(), request.unpaid(), request.ownInitiativeUnderWorkRules(), request.businessOrder(),
                request.dismissalPlanned(), request.workerAgeAtLeaveStart(), request.enrolmentYears(),
                request.insuredMonthsInLastTwoYears(),
                request.monthlyWagesYen() == null ? null : LeaveBenefitRequests.sum(request.monthlyWagesYen())));
        return ResponseEntity.created(URI.create("/api/leave-benefits/" + filed.getId())).body(view(filed));
    }

    @GetMapping
    List<LeaveBenefitView> list() {
        return service.concerning(currentUser.username()).stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    LeaveBenefitView get(@PathVariable long id) {
        return view(service.visible(id, currentUser.username()));
    }

    @PostMapping("/{id}/wage-certificate")
    LeaveBenefitView wageCertificate(@PathVariable long id, @Valid @RequestBody LeaveBenefitRequests.WageCertificate request) {
        String employer = requireRole(ApplicantRole.EMPLOYER);
        return view(service.fileWageCertificate(id, employer, LeaveBenefitRequests.sum(request.monthlyWagesYen())));
    }

    @PostMapping("/{id}/initial-application")
    LeaveBenefitView initialApplication(@PathVariable long id) {
        String worker = requireRole(ApplicantRole.WORKER);
        return view(service.fileInitialApplication(id, worker));
    }

    @PostMapping("/{id}/periods/{periodNo}/declaration")
    LeaveBenefitView declaration(@PathVariable long id, @PathVariable int periodNo,
                                 @Valid @RequestBody LeaveBenefitRequests.Declaration request) {
        String worker = requireRole(ApplicantRole.WORKER);
        service.declare(id, worker, periodNo, request.trainingAttended(), request.daysWorkedOrPaid());
        return view(service.visible(id, worker));
    }

    @PostMapping("/{id}/return-to-work")
    LeaveBenefitView returnToWork(@PathVariable long id, @Valid @RequestBody LeaveBenefitRequests.ReturnToWork request) {
        if (currentUser.applicantRole().filter(r -> r == ApplicantRole.WORKER || r == ApplicantRole.EMPLOYER).isEmpty()) {
            throw new AccessDeniedException("only the worker or the employer reports a return to work");
        }
        SupportedDates.check("returnDate", request.returnDate());
        return view(service.returnToWork(id, currentUser.username(), request.returnDate()));
    }

    private String requireRole(ApplicantRole role) {
        if (currentUser.applicantRole().filter(role::equals).isEmpty()) {
            throw new AccessDeniedException("this step is for the role " + role);
        }
        return currentUser.username();
    }

    private LeaveBenefitView view(LeaveBenefitCase c) {
        return LeaveBenefitView.of(c, deadlines, service.periodsOf(c.getId()), service.paymentsOf(c.getId()));
    }
}
