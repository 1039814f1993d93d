package jp.skilldev.designation.process;

import jp.skilldev.designation.DesignationApplication;
import jp.skilldev.designation.DesignationApplicationRepository;
import jp.skilldev.designation.DesignationProcess;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Loads the application a process instance is about, from its {@code applicationId} variable. */
@Component
class ApplicationVariables {

    private final DesignationApplicationRepository applications;

    ApplicationVariables(DesignationApplicationRepository applications) {
        this.applications = applications;
    }

    DesignationApplication application(VariableScope scope) {
        Long id = ((Number) scope.getVariable(DesignationProcess.APPLICATION_ID)).longValue();
        return applications.findById(id).orElseThrow(() -> new IllegalStateException("no designation application " + id));
    }
}
