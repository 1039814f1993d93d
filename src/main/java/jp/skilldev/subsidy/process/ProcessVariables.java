package jp.skilldev.subsidy.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The ids the process carries; the records themselves live in the subsidy tables. */
final class ProcessVariables {

    private ProcessVariables() {
    }

    static long planId(DelegateExecution execution) {
        return ((Number) execution.getVariable("planId")).longValue();
    }

    static long claimId(DelegateExecution execution) {
        return ((Number) execution.getVariable("claimId")).longValue();
    }

    static int reviewRound(DelegateExecution execution) {
        return ((Number) execution.getVariable("reviewRound")).intValue();
    }
}
