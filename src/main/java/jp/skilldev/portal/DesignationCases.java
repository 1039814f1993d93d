package jp.skilldev.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.skilldev.designation.DesignationApplication;
import jp.skilldev.designation.DesignationApplications;
import jp.skilldev.designation.DesignationCalendar;
import jp.skilldev.designation.DesignationHistory;
import jp.skilldev.designation.DesignationRuleData;
import jp.skilldev.designation.DesignationStatus;
import org.springframework.stereotype.Component;

/** A provider's designation applications as the portal shows them, read through the designation module's services. */
@Component
class DesignationCases {

    private final DesignationApplications applications;
    private final DesignationHistory history;
    private final DesignationCalendar designationCalendar;
    private final DesignationRuleData ruleData;
    private final Clock clock;

    DesignationCases(DesignationApplications applications, DesignationHistory history,
                     DesignationCalendar designationCalendar, DesignationRuleData ruleData, Clock clock) {
        this.applications = applications;
        this.history = history;
        this.designationCalendar = designationCalendar;
        this.ruleData = ruleData;
        this.clock = clock;
    }

    List<CaseSummary> summaries(String provider) {
        return applications.own(provider, 0).getContent().stream().map(this::summary).toList();
    }

    CaseSummary summary(DesignationApplication a) {
        return new CaseSummary(new Bilingual("講座指定申請", "Course designation"), "D-" + a.getId(), a.getCourseName(),
                DesignationLabels.status(a.getStatus()), nextDeadline(a).orElse(null),
                DesignationLabels.nextAction(a.getStatus()), "/designation/" + a.getId());
    }

    List<TimelineStep> timeline(DesignationApplication a) {
        return history.of(a.getId()).stream()
                .map(s -> new TimelineStep(s.getOccurredOn(), DesignationLabels.step(s.getStep()), s.getNote()))
                .toList();
    }

    /** A correction's reply deadline, or the last filing day of the renewal window of a designation. */
    Optional<NextDeadline> nextDeadline(DesignationApplication a) {
        LocalDate today = LocalDate.now(clock);
        if (a.getStatus() == DesignationStatus.CORRECTION_REQUESTED && a.getCorrectionDue() != null) {
            return Optional.of(NextDeadline.of(new Bilingual("補正の回答期限", "Correction reply deadline"),
                    a.getCorrectionDue(), today, ruleData.correctionOn(a.getCorrectionDue()).citation()));
        }
        if (a.getStatus() == DesignationStatus.APPROVED && a.getDesignatedUntil() != null) {
            var schedule = designationCalendar.scheduleOn(a.getDesignatedUntil());
            return schedule.renewalWindowFor(a.getDesignatedUntil()).map(w -> NextDeadline.of(
                    new Bilingual("更新申請の受付期間（" + w.opens() + " から）の最終日",
                            "Last day of the renewal window (opens " + w.opens() + ")"),
                    schedule.lastFilingDay(w), today, DesignationCalendar.TABLE));
        }
        return Optional.empty();
    }
}
