package nl.passendwijzer.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the machine's cores add up to: searches per second of the mix on one thread, and on as many threads as there
 * are cores. Throughput targets assume cores that work side by side; the vCPUs of a shared virtual machine may be two
 * hyperthreads of one core, or wait for their host, and then two searches at once take longer each.
 *
 * @param threads the number of cores, and of threads in the second run
 */
record ParallelismCheck(int threads, double oneThreadPerSecond, double allThreadsPerSecond) {

    /** How many times the searches of one thread the cores together manage (ideally {@code threads}). */
    double speedup() {
        return allThreadsPerSecond / oneThreadPerSecond;
    }

    /** Alternates the two, twice, {@code seconds} for each in all: a shared machine's speed drifts by the minute. */
    static ParallelismCheck run(List<BenchQuery> mix, TimedLoop.Call call, double seconds) throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        double one = 0;
        double all = 0;
        for (int round = 0; round < 2; round++) {
            one += searchesPerSecond(mix, call, 1, seconds / 2) / 2;
            all += searchesPerSecond(mix, call, threads, seconds / 2) / 2;
        }
        return new ParallelismCheck(threads, one, all);
    }

    private static double searchesPerSecond(List<BenchQuery> mix, TimedLoop.Call call, int threads, double seconds)
            throws Exception {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * mix.size() / threads;
                running.add(pool.submit(() -> {
                    for (int i = offset; System.nanoTime() < end; i++) {
                        call.run(mix.get(i % mix.size()));
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> thread : running) {
                thread.get();
            }
        }
        return done.get() / seconds;
    }
}
