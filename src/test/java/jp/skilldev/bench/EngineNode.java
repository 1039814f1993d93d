package jp.skilldev.bench;

import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * An engine node built in this JVM on the application's database (no Spring, no schema change), with the engine
 * settings the application ships unless a measurement varies one: full history, UUID ids, JDBC batch processing,
 * Java serialization off. Its job executor is built stopped.
 */
record EngineNode(String name, String historyLevel, boolean jdbcBatchProcessing, int corePoolSize, int maxPoolSize,
                  int queueSize, int maxJobsPerAcquisition) {

    /** Camunda's own job executor defaults, which the application ships. */
    static EngineNode shipped(String name, int threads) {
        return new EngineNode(name, ProcessEngineConfigurationImpl.HISTORY_FULL, true, 3, threads, 3, 3);
    }

    EngineNode withHistory(String level) {
        return new EngineNode(name, level, jdbcBatchProcessing, corePoolSize, maxPoolSize, queueSize, maxJobsPerAcquisition);
    }

    EngineNode withJdbcBatchProcessing(boolean on) {
        return new EngineNode(name, historyLevel, on, corePoolSize, maxPoolSize, queueSize, maxJobsPerAcquisition);
    }

    EngineNode withPool(int core, int max, int queue, int perAcquisition) {
        return new EngineNode(name, historyLevel, jdbcBatchProcessing, core, max, queue, perAcquisition);
    }

    EngineNode named(String newName) {
        return new EngineNode(newName, historyLevel, jdbcBatchProcessing, corePoolSize, maxPoolSize, queueSize,
                maxJobsPerAcquisition);
    }

    ProcessEngine build(DataSource dataSource) {
        DefaultJobExecutor executor = new DefaultJobExecutor();
        executor.setCorePoolSize(corePoolSize);
        executor.setMaxPoolSize(maxPoolSize);
        executor.setQueueSize(queueSize);
        executor.setMaxJobsPerAcquisition(maxJobsPerAcquisition);
        ProcessEngineConfigurationImpl configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfigurationImpl.DB_SCHEMA_UPDATE_FALSE);
        if (ProcessEngineConfigurationImpl.HISTORY_FULL.equals(historyLevel)) {
            configuration.setHistory(historyLevel);
        } else {
            HistoryEventsOf level = new HistoryEventsOf(lessThanFull(historyLevel));
            configuration.setCustomHistoryLevels(List.of(level));
            configuration.setHistory(level.getName());
        }
        configuration.setJdbcBatchProcessing(jdbcBatchProcessing);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.setJobExecutor(executor);
        configuration.setJobExecutorActivate(false);
        // Meters are read straight from the registry, so they must not be flushed (and reset) to the database.
        configuration.setDbMetricsReporterActivate(false);
        return configuration.buildProcessEngine();
    }

    private static HistoryLevel lessThanFull(String name) {
        return Stream.of(HistoryLevel.HISTORY_LEVEL_NONE, HistoryLevel.HISTORY_LEVEL_ACTIVITY,
                HistoryLevel.HISTORY_LEVEL_AUDIT).filter(l -> l.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("history level " + name));
    }

    static void startJobs(ProcessEngine node) {
        ((ProcessEngineConfigurationImpl) node.getProcessEngineConfiguration()).getJobExecutor().start();
    }

    static void stopJobs(ProcessEngine node) {
        ((ProcessEngineConfigurationImpl) node.getProcessEngineConfiguration()).getJobExecutor().shutdown();
    }
}
