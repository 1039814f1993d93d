package jp.skilldev.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Runs the benchmark at the scale given by {@code -Dbench.scale} (0.01 in {@code mvn test}, the smoke run that keeps
 * the benchmark from breaking silently; 1.0 with {@code -Pbench}). Asserts what must hold at any speed, never a time.
 */
class BenchmarkTest {

    @Test
    void benchmarkRunsWithoutIncidentsOrDuplicateExecutionsAndWritesItsFigures() {
        Benchmark.Outcome outcome = new Benchmark(BenchSettings.fromSystemProperties()).run();

        assertThat(outcome.incidents()).isZero();
        assertThat(outcome.duplicateExecutions()).isZero();
        assertThat(outcome.duplicateHistoryRows()).isZero();
        assertThat(outcome.paymentsMissingOrDuplicated()).isZero();
        assertThat(outcome.file()).exists().content().contains("\"r1\"", "\"commitFloorPerSecond\"", "\"machine\"",
                "\"taskListOneGroupP95Ms\"", "\"twoNodeRatio\"", "\"r2Council\"", "\"tuningHistoryNoneRatio\"", "\"twoApplicationNodesJobsSecond\"", "\"taskListFirstPageSize\" : 50");
    }
}
