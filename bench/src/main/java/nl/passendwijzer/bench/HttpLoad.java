package nl.passendwijzer.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The HTTP load generator, run in its own JVM so its allocation and GC do not land in the server's heap: a fixed
 * number of closed-loop clients (one virtual thread each, keep-alive connections), cycling through the query mix's
 * URLs for a warm-up and then a measured period. Prints one {@code RESULT} line that {@link BenchMain} parses.
 * <pre>HttpLoad BASE_URL URL_FILE CLIENTS WARMUP_SECONDS MEASURE_SECONDS</pre>
 */
public final class HttpLoad {
    private static final long SLOW_NANOS = 1_000_000_000L;

    private HttpLoad() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> paths = Files.readAllLines(Path.of(args[1])).stream().filter(l -> !l.isBlank()).toList();
        int clients = Integer.parseInt(args[2]);
        long warmupNanos = (long) (Double.parseDouble(args[3]) * 1e9);
        long measureNanos = (long) (Double.parseDouble(args[4]) * 1e9);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        List<HttpRequest> requests = paths.stream()
                .map(p -> HttpRequest.newBuilder(URI.create(base + p)).timeout(Duration.ofSeconds(30)).GET().build())
                .toList();
        AtomicLong next = new AtomicLong();
        LongAdder errors = new LongAdder();
        long start = System.nanoTime();
        long measureFrom = start + warmupNanos;
        long end = measureFrom + measureNanos;
        List<Future<Latencies>> results = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                results.add(threads.submit(() -> {
                    Latencies mine = new Latencies();
                    while (true) {
                        HttpRequest request = requests.get((int) (next.getAndIncrement() % requests.size()));
                        long sent = System.nanoTime();
                        if (sent >= end) {
                            return mine;
                        }
                        boolean ok;
                        try {
                            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            ok = response.statusCode() == 200 && response.body().length > 0;
                        } catch (java.io.IOException e) {
                            ok = false;
                        }
                        long done = System.nanoTime();
                        if (done - sent > SLOW_NANOS) {
                            // Outliers with their moment: a stall of the machine hits many clients at once.
                            System.err.printf(Locale.ROOT, "[load] slow: %.1f s, sent at +%.1f s%s, %s%n",
                                    (done - sent) / 1e9, (sent - start) / 1e9, sent < measureFrom ? " (warm-up)" : "",
                                    request.uri().getRawQuery());
                        }
                        if (sent >= measureFrom && done <= end) {
                            if (ok) {
                                mine.add(done - sent);
                            } else {
                                errors.increment();
                            }
                        }
                    }
                }));
            }
            Latencies all = new Latencies();
            for (Future<Latencies> result : results) {
                all.addAll(result.get());
            }
            double seconds = measureNanos / 1e9;
            System.out.printf(Locale.ROOT, "RESULT requests=%d errors=%d seconds=%.1f rps=%.1f p50=%.3f p99=%.3f max=%.3f%n",
                              all.count(), errors.sum(), seconds, all.count() / seconds, all.percentileMs(50),
                              all.percentileMs(99), all.maxMs());
        }
    }
}
