package jp.skilldev.bench;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ProcessEngine;

/** Polls until the engine has finished what the benchmark gave it; fails on an incident instead of waiting forever. */
final class Await {

    private static final Duration POLL = Duration.ofMillis(100);

    private Await() {
    }

    static void until(ProcessEngine engine, String what, Duration timeout, BooleanSupplier done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            long incidents = engine.getRuntimeService().createIncidentQuery().count();
            if (incidents > 0) {
                throw new IllegalStateException(incidents + " incident(s) while waiting for " + what + ": "
                        + engine.getRuntimeService().createIncidentQuery().list().get(0).getIncidentMessage());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out after " + timeout + " waiting for " + what);
            }
            sleep(POLL);
        }
    }

    static void noInstancesLeft(ProcessEngine engine, String processKey, Duration timeout) {
        until(engine, "instances of " + processKey + " to end", timeout,
                () -> engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey).count() == 0);
    }

    /** No job of the process is due: everything that can run has run and the instances wait for a person or a date. */
    static void noDueJobs(ProcessEngine engine, String processKey, Duration timeout) {
        until(engine, "due jobs of " + processKey, timeout, () -> engine.getManagementService().createJobQuery()
                .processDefinitionKey(processKey).executable().count() == 0);
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
