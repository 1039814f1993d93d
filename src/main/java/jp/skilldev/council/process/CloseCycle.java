package jp.skilldev.council.process;

import java.time.Clock;
import java.time.LocalDate;
import jp.skilldev.council.CouncilCycles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the year; {@link CouncilCycles#close} refuses while fewer than the minimum meetings are recorded. */
@Component("councilCloseCycle")
class CloseCycle implements JavaDelegate {

    private final CouncilCycles cycles;
    private final Clock clock;

    CloseCycle(CouncilCycles cycles, Clock clock) {
        this.cycles = cycles;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cycles.close(((Number) execution.getVariable("cycleId")).longValue(), LocalDate.now(clock));
    }
}
