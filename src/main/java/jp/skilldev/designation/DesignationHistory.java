package jp.skilldev.designation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Writes and reads the steps of an application (処理経過), dated by the injected clock. */
@Component
public class DesignationHistory {

    private final DesignationStepRepository steps;
    private final Clock clock;

    public DesignationHistory(DesignationStepRepository steps, Clock clock) {
        this.steps = steps;
        this.clock = clock;
    }

    public void record(Long applicationId, String step, String note) {
        steps.save(new DesignationStep(applicationId, step, LocalDate.now(clock), clock.instant(), note));
    }

    public List<DesignationStep> of(Long applicationId) {
        return steps.findByApplicationIdOrderByIdAsc(applicationId);
    }
}
