package jp.skilldev.council.process;

import java.util.List;
import jp.skilldev.council.CouncilCycles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** May the working group report? Sets {@code wgComplete} and, for the form, {@code wgMissing} line by line. */
@Component("councilCheckWorkingGroupEvidence")
class CheckWorkingGroupEvidence implements JavaDelegate {

    private final CouncilCycles cycles;

    CheckWorkingGroupEvidence(CouncilCycles cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> missing = cycles.workingGroupMissing(((Number) execution.getVariable("cycleId")).longValue());
        execution.setVariable("wgComplete", missing.isEmpty());
        execution.setVariable("wgMissing", missing.isEmpty() ? "" : "・" + String.join("\n・", missing));
    }
}
