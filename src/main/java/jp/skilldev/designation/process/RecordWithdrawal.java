package jp.skilldev.designation.process;

import jp.skilldev.designation.DesignationApplication;
import jp.skilldev.designation.DesignationHistory;
import jp.skilldev.designation.DesignationStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The provider withdrew the application (取下げ); the review and any correction timers end with it. */
@Component("recordWithdrawal")
class RecordWithdrawal implements JavaDelegate {

    private final ApplicationVariables variables;
    private final DesignationHistory history;

    RecordWithdrawal(ApplicationVariables variables, DesignationHistory history) {
        this.variables = variables;
        this.history = history;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DesignationApplication application = variables.application(execution);
        application.moveTo(DesignationStatus.WITHDRAWN);
        history.record(application.getId(), DesignationStatus.WITHDRAWN.name(), null);
    }
}
