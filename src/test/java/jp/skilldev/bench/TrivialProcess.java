package jp.skilldev.bench;

import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * Instances per second of start → asyncBefore no-op → end with the application's job executor as shipped:
 * client threads start the instances (one transaction each) while the job executor runs the async
 * continuations (one transaction each); the clock stops when the last instance has ended.
 */
final class TrivialProcess {

    private final ProcessEngine engine;

    TrivialProcess(ProcessEngine engine) {
        this.engine = engine;
    }

    double instancesPerSecond(int instances, int clientThreads) {
        long start = System.nanoTime();
        startInstances(engine, instances, clientThreads);
        Await.noInstancesLeft(engine, BenchProcesses.TRIVIAL, Duration.ofHours(1));
        return instances / ((System.nanoTime() - start) / 1e9);
    }

    static void startInstances(ProcessEngine engine, int instances, int clientThreads) {
        Parallel.run(clientThreads, instances,
                i -> engine.getRuntimeService().startProcessInstanceByKey(BenchProcesses.TRIVIAL, "trivial-" + i));
    }
}
