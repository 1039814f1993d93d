package jp.skilldev.bench;

import java.util.Arrays;

/** Percentiles of measured call durations, in milliseconds (nearest-rank). */
record Latencies(int samples, double p50, double p95, double p99, double max) {

    static Latencies ofNanos(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted.length, rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double rank(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
