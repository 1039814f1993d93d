package jp.skilldev.council.process;

import jp.skilldev.council.CouncilCycles;
import jp.skilldev.council.FiscalYear;
import jp.skilldev.council.Prefecture;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Starts the coming fiscal year's cycle, unless the secretariat already has. */
@Component("councilStartNextYearsCycle")
class StartNextYearsCycle implements JavaDelegate {

    private final CouncilCycles cycles;

    StartNextYearsCycle(CouncilCycles cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Prefecture prefecture = Prefecture.ofSlug((String) execution.getVariable("prefecture")).orElseThrow();
        FiscalYear next = new FiscalYear((Integer) execution.getVariable("fiscalYear")).next();
        if (cycles.find(prefecture, next).isEmpty()) {
            cycles.start(prefecture, next);
        }
    }
}
