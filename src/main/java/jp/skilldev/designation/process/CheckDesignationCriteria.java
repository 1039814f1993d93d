package jp.skilldev.designation.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.skilldev.designation.CriteriaReport;
import jp.skilldev.designation.DesignationApplication;
import jp.skilldev.designation.DesignationHistory;
import jp.skilldev.designation.DesignationRuleData;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Runs the automatic criteria checks as of the filing day and puts the application, the results
 * and the computed designation dates where the review form shows them. Failed checks do not reject.
 */
@Component("checkDesignationCriteria")
class CheckDesignationCriteria implements JavaDelegate {

    private final ApplicationVariables variables;
    private final DesignationRuleData ruleData;
    private final DesignationHistory history;
    private final Clock clock;

    CheckDesignationCriteria(ApplicationVariables variables, DesignationRuleData ruleData, DesignationHistory history,
                             Clock clock) {
        this.variables = variables;
        this.ruleData = ruleData;
        this.history = history;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DesignationApplication application = variables.application(execution);
        CriteriaReport report = ruleData.criteriaOn(application.getSubmittedOn())
                .check(application.facts(), application.getSubmittedOn());
        application.recordCriteria(report);
        history.record(application.getId(), "CRITERIA_CHECKED",
                report.allMet() ? "all met" : report.failed().size() + " not met");
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("providerName", application.getProviderName());
        shown.put("courseName", application.getCourseName());
        shown.put("tier", application.getTier().name());
        shown.put("field", application.getField());
        shown.put("prefecture", application.getPrefecture());
        shown.put("trainingHours", application.getTrainingHours());
        shown.put("durationMonths", application.getDurationMonths());
        shown.put("deliveryMode", application.getDeliveryMode().name());
        shown.put("targetQualification", orDash(application.getTargetQualification()));
        shown.put("feeYen", application.getFeeYen());
        shown.put("trackRecordSince", application.getTrackRecordSince().toString());
        shown.put("facilityManager", orDash(application.getFacilityManager()));
        shown.put("complaintsOfficer", orDash(application.getComplaintsOfficer()));
        shown.put("submittedOn", application.getSubmittedOn().toString());
        shown.put("window", application.getWindowName() + " " + application.getWindowOpens() + "–"
                + application.getLastFilingDay());
        shown.put("designatedFrom", application.getDesignatedFrom().toString());
        shown.put("designatedUntil", application.getDesignatedUntil().toString());
        shown.put("criteriaAllMet", report.allMet());
        shown.put("criteriaSummary", report.summary() + "\n(" + report.citation() + ", checked " + LocalDate.now(clock) + ")");
        shown.put("correctionAnswer", orDash(application.getCorrectionAnswer()));
        execution.setVariables(shown);
        execution.removeVariable("decision");
        execution.removeVariable("reviewComment");
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
