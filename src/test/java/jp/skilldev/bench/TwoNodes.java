package jp.skilldev.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.management.Metrics;

/**
 * Two engine nodes on one PostgreSQL, each with its own job executor, against one node with the same total
 * number of job threads. Nodes are engines built in this JVM on the application's DataSource (no Spring, no
 * schema changes), with the engine settings the application ships: full history, UUID ids, batch processing.
 * The jobs are created first and the executors started afterwards, so that both runs time only the draining.
 */
final class TwoNodes {

    record Result(double oneNodeJobsPerSecond, double twoNodesJobsPerSecond, long acquisitionAttempts,
                  long jobsAcquired, long acquisitionFailures, long duplicateExecutions, long duplicateHistoryRows) {

        double ratio() {
            return twoNodesJobsPerSecond / oneNodeJobsPerSecond;
        }

        /** Jobs a node selected but could not lock because the other node had taken them, over all it selected. */
        double acquisitionFailureRatio() {
            long selected = jobsAcquired + acquisitionFailures;
            return selected == 0 ? 0 : (double) acquisitionFailures / selected;
        }
    }

    private final ProcessEngine application;
    private final DataSource dataSource;
    private final Database database;

    TwoNodes(ProcessEngine application, DataSource dataSource, Database database) {
        this.application = application;
        this.dataSource = dataSource;
        this.database = database;
    }

    Result measure(int jobs, int totalThreads, int clientThreads) {
        ProcessEngineConfigurationImpl shipped = (ProcessEngineConfigurationImpl) application.getProcessEngineConfiguration();
        shipped.getJobExecutor().shutdown();
        List<ProcessEngine> nodes = new ArrayList<>();
        try {
            ExecutionLedger.clear();
            ProcessEngine solo = node("bench-node-solo", totalThreads, nodes);
            double one = drain(List.of(solo), jobs, clientThreads);
            List<ProcessEngine> pair = List.of(node("bench-node-1", totalThreads / 2, nodes),
                    node("bench-node-2", totalThreads - totalThreads / 2, nodes));
            double two = drain(pair, jobs, clientThreads);
            long attempts = 0;
            long acquired = 0;
            long failures = 0;
            for (ProcessEngine node : pair) {
                attempts += meter(node, Metrics.JOB_ACQUISITION_ATTEMPT);
                acquired += meter(node, Metrics.JOB_ACQUIRED_SUCCESS);
                failures += meter(node, Metrics.JOB_ACQUIRED_FAILURE);
            }
            long duplicateHistoryRows = database.queryLong("select count(*) from (select proc_inst_id_ from act_hi_actinst"
                    + " where act_id_ = '" + BenchProcesses.NO_OP_TASK + "' group by proc_inst_id_ having count(*) > 1) d");
            if (ExecutionLedger.instancesRun() != 2L * jobs) {
                throw new IllegalStateException("expected " + 2 * jobs + " no-op executions, saw "
                        + ExecutionLedger.instancesRun());
            }
            return new Result(one, two, attempts, acquired, failures, ExecutionLedger.instancesRunMoreThanOnce(),
                    duplicateHistoryRows);
        } finally {
            nodes.forEach(ProcessEngine::close);
            shipped.getJobExecutor().start();
        }
    }

    /** Creates the jobs with every executor stopped, then starts the nodes and times until the last instance ended. */
    private double drain(List<ProcessEngine> nodes, int jobs, int clientThreads) {
        TrivialProcess.startInstances(application, jobs, clientThreads);
        long start = System.nanoTime();
        nodes.forEach(EngineNode::startJobs);
        try {
            Await.noInstancesLeft(application, BenchProcesses.TRIVIAL, Duration.ofHours(1));
            return jobs / ((System.nanoTime() - start) / 1e9);
        } finally {
            nodes.forEach(EngineNode::stopJobs);
        }
    }

    /** Fixed pools of the given size, so that one node with n threads and two with n/2 each compare like with like. */
    private ProcessEngine node(String name, int threads, List<ProcessEngine> built) {
        ProcessEngine node = EngineNode.shipped(name, threads).withPool(threads, threads, 3, 3).build(dataSource);
        built.add(node);
        return node;
    }

    private static long meter(ProcessEngine node, String name) {
        return ((ProcessEngineConfigurationImpl) node.getProcessEngineConfiguration()).getMetricsRegistry()
                .getDbMeterByName(name).get();
    }
}
