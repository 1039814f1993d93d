package jp.skilldev.leavebenefit.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Reading the process variables that the delegates share. */
final class CaseVariables {

    private CaseVariables() {
    }

    static long caseId(DelegateExecution execution) {
        return ((Number) execution.getVariable(LeaveBenefitProcess.CASE_ID)).longValue();
    }

    static int periodNo(DelegateExecution execution) {
        return ((Number) execution.getVariable(LeaveBenefitProcess.PERIOD_NO)).intValue();
    }

    static String officerNote(DelegateExecution execution) {
        Object note = execution.getVariable("officerNote");
        return note == null ? "" : note.toString();
    }
}
