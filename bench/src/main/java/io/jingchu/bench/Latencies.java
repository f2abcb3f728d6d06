package io.jingchu.bench;

import java.util.Arrays;

/** Collects request latencies and reports percentiles in milliseconds. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int size;

    void add(long elapsedNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = elapsedNanos;
    }

    /** Adds the other's latencies to these. */
    void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.nanos[i]);
        }
    }

    double percentileMillis(double p) {
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * size) - 1;
        return sorted[Math.max(0, Math.min(size - 1, index))] / 1_000_000.0;
    }

    double meanMillis() {
        return Arrays.stream(nanos, 0, size).average().orElse(0) / 1_000_000.0;
    }

    int count() {
        return size;
    }
}
