package jp.skilldev.bench;

import java.nio.file.Path;

/**
 * How big a benchmark run is. The scale factor is the issue's: 1.0 is a national year (3,000 designation
 * applications, 100,000 open user tasks for the latency run). The smoke run inside {@code mvn test} uses 0.01, the
 * issue's smoke scale (5–7 minutes on a 2-core machine).
 */
record BenchSettings(double scale, Path resultsDir, String runName) {

    static BenchSettings fromSystemProperties() {
        double scale = Double.parseDouble(System.getProperty("bench.scale", "0.01"));
        Path results = Path.of(System.getProperty("bench.results", "target/bench-results"));
        return new BenchSettings(scale, results, System.getProperty("bench.run", "scale-" + java.math.BigDecimal.valueOf(scale).stripTrailingZeros().toPlainString()));
    }

    /** At least {@code floor}, so that a smoke run still measures something. */
    int scaled(int atFullScale, int floor) {
        return Math.max(floor, (int) Math.round(atFullScale * scale));
    }

    int commitFloorSeconds() {
        return Math.min(15, scaled(200, 1));
    }

    /** 100,000 at scale 1.0; {@code -Dbench.openTasks} sets it apart from the scale, for the latency run of record. */
    int openTasks() {
        return Integer.getInteger("bench.openTasks", scaled(100_000, 200));
    }

    int latencySamples() {
        return Math.min(500, scaled(4_000, 10));
    }
}
