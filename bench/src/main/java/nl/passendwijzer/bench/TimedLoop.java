package nl.passendwijzer.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A single-threaded harness: runs the mix round-robin for a warm-up period (JIT, caches), then for a measured period,
 * timing every call with {@link System#nanoTime()}. One thread on an otherwise idle JVM is what "in-process latency"
 * means here; throughput under concurrency is the HTTP part's job.
 */
final class TimedLoop {
    /** One call of the system under test; the result is consumed so the JIT cannot drop the work. */
    interface Call {
        Object run(BenchQuery query) throws Exception;
    }

    /**
     * @param cpu       the calling thread's CPU time per call: on a shared machine, unlike wall time, it does not grow
     *                  while other processes hold the cores (work done in another process, e.g. PostgreSQL, is not in it)
     * @param allocated the bytes the calling thread allocated per call: what the collector has to clear after it, and
     *                  a figure that, unlike time, does not vary with the machine's other load
     */
    record Result(Latencies all, Map<String, Latencies> byCategory, Latencies cpu, Latencies allocated,
                  Map<BenchQuery, Latencies> byQuery) {
        /** One line per query: p50 and p99 in ms, the category and the query, slowest first. */
        List<String> perQueryLines() {
            return byQuery.entrySet().stream()
                    .sorted((a, b) -> Double.compare(b.getValue().percentileMs(50), a.getValue().percentileMs(50)))
                    .map(e -> String.format(java.util.Locale.ROOT, "%.2f\t%.2f\t%s\t%s", e.getValue().percentileMs(50),
                            e.getValue().percentileMs(99), e.getKey().category(), e.getKey().toUrlPath()))
                    .toList();
        }
    }

    private TimedLoop() {
    }

    static Result run(List<BenchQuery> mix, Call call, double warmupSeconds, double measureSeconds) throws Exception {
        long blackhole = 0;
        long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        for (int i = 0; System.nanoTime() < warmupEnd; i++) {
            blackhole += call.run(mix.get(i % mix.size())).hashCode();
        }
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        Latencies all = new Latencies();
        Latencies cpu = new Latencies();
        Latencies allocated = new Latencies();
        Map<String, Latencies> byCategory = new LinkedHashMap<>();
        Map<BenchQuery, Latencies> byQuery = new java.util.IdentityHashMap<>();
        long end = System.nanoTime() + (long) (measureSeconds * 1e9);
        for (int i = 0; System.nanoTime() < end || i % mix.size() != 0; i++) {
            BenchQuery query = mix.get(i % mix.size());
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long cpuStarted = threads.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            Object result = call.run(query);
            long took = System.nanoTime() - started;
            cpu.add(threads.getCurrentThreadCpuTime() - cpuStarted);
            allocated.add(threads.getCurrentThreadAllocatedBytes() - allocatedBefore);
            blackhole += result.hashCode();
            all.add(took);
            byCategory.computeIfAbsent(query.category(), c -> new Latencies()).add(took);
            byQuery.computeIfAbsent(query, q -> new Latencies()).add(took);
        }
        if (blackhole == 42) {
            System.out.print("");
        }
        return new Result(all, byCategory, cpu, allocated, byQuery);
    }
}
