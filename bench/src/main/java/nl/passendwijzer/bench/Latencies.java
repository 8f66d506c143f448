package nl.passendwijzer.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * Recorded latencies in nanoseconds (or other amounts per call, such as bytes); percentiles by the nearest-rank method
 * over all samples (no histogram).
 */
final class Latencies {
    private long[] samples = new long[1 << 16];
    private int size;

    void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.samples[i]);
        }
    }

    int count() {
        return size;
    }

    /** @param p between 0 and 100 */
    double percentileMs(double p) {
        return percentile(p) / 1e6;
    }

    /** @param p between 0 and 100; in the unit recorded */
    double percentile(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))];
    }

    double maxMs() {
        return percentileMs(100);
    }

    String summary() {
        return String.format(Locale.ROOT, "n=%d p50=%.2f ms p90=%.2f ms p99=%.2f ms max=%.1f ms", size,
                             percentileMs(50), percentileMs(90), percentileMs(99), maxMs());
    }
}
