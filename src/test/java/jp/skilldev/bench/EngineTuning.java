package jp.skilldev.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * What each engine setting buys, side by side: the trivial process (clients start instances while the node's job
 * executor runs them) on engine nodes that differ from the shipped settings in one setting each, measured in
 * interleaved rounds so that a burst of load on the shared machine hits every variant alike. The application's own
 * job executor is stopped meanwhile, so that only the node under test runs the jobs.
 */
final class EngineTuning {

    record Variant(String key, String label, EngineNode node, boolean reWriteBatchedInserts) {
    }

    record Result(Variant variant, double instancesPerSecond, double ratioToShipped) {
    }

    private final ProcessEngine application;
    private final HikariDataSource dataSource;

    EngineTuning(ProcessEngine application, DataSource dataSource) {
        this.application = application;
        this.dataSource = (HikariDataSource) dataSource;
    }

    static List<Variant> variants(int jobThreads) {
        EngineNode shipped = EngineNode.shipped("bench-tuning", jobThreads);
        return List.of(
                new Variant("shipped", "as shipped (full history, batch on, pool 3/" + jobThreads + "/3, 3 per acquisition)",
                        shipped, false),
                new Variant("historyAudit", "history level audit", shipped.withHistory("audit"), false),
                new Variant("historyNone", "history level none", shipped.withHistory("none"), false),
                new Variant("batchOff", "jdbcBatchProcessing off", shipped.withJdbcBatchProcessing(false), false),
                new Variant("reWriteBatchedInserts", "batch on + reWriteBatchedInserts", shipped, true),
                new Variant("fixedPool", "pool " + jobThreads + "/" + jobThreads + "/" + jobThreads + ", " + jobThreads
                        + " per acquisition", shipped.withPool(jobThreads, jobThreads, jobThreads, jobThreads), false));
    }

    /** The median of the rounds per variant, and its ratio to the shipped variant's median. */
    List<Result> measure(List<Variant> variants, int instancesPerRound, int rounds, int clientThreads) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) application.getProcessEngineConfiguration();
        configuration.getJobExecutor().shutdown();
        HikariDataSource rewriting = rewritingCopy();
        Map<Variant, ProcessEngine> nodes = new LinkedHashMap<>();
        try {
            for (Variant variant : variants) {
                nodes.put(variant, variant.node().named("bench-tuning-" + variant.key())
                        .build(variant.reWriteBatchedInserts() ? rewriting : dataSource));
            }
            // One instance per node first, on one thread: a fresh node's deployment cache is filled before clients race.
            nodes.values().forEach(node -> trivial(node, 1, 1));
            Map<Variant, double[]> perRound = new LinkedHashMap<>();
            variants.forEach(v -> perRound.put(v, new double[rounds]));
            for (int round = 0; round < rounds; round++) {
                for (Variant variant : variants) {
                    perRound.get(variant)[round] = trivial(nodes.get(variant), instancesPerRound, clientThreads);
                }
            }
            double shipped = median(perRound.get(variants.get(0)));
            List<Result> results = new ArrayList<>();
            perRound.forEach((variant, values) -> results.add(new Result(variant, median(values), median(values) / shipped)));
            return results;
        } finally {
            nodes.values().forEach(ProcessEngine::close);
            rewriting.close();
            configuration.getJobExecutor().start();
        }
    }

    private static double trivial(ProcessEngine node, int instances, int clientThreads) {
        EngineNode.startJobs(node);
        try {
            return new TrivialProcess(node).instancesPerSecond(instances, clientThreads);
        } finally {
            EngineNode.stopJobs(node);
        }
    }

    /** The same database through a pool whose driver rewrites a batch of INSERTs into one multi-row INSERT. */
    private HikariDataSource rewritingCopy() {
        HikariDataSource copy = new HikariDataSource();
        copy.setJdbcUrl(dataSource.getJdbcUrl());
        copy.setUsername(dataSource.getUsername());
        copy.setPassword(dataSource.getPassword());
        copy.setMaximumPoolSize(dataSource.getMaximumPoolSize());
        copy.setPoolName("bench-rewrite");
        copy.addDataSourceProperty("reWriteBatchedInserts", "true");
        return copy;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
