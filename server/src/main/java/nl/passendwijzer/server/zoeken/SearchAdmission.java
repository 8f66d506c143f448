package nl.passendwijzer.server.zoeken;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import io.helidon.http.Status;
import nl.passendwijzer.server.http.ProblemException;

/**
 * Runs searches on a fixed number of platform threads, the rest waiting in arrival order; a full queue answers 503
 * with Retry-After at once instead of letting waits grow without bound.
 *
 * <p>Searching is CPU work, and virtual threads are not time-sliced: run on the request's own virtual thread, a
 * search held a carrier thread until it was done. With every carrier searching, the virtual threads that read
 * requests and write answers waited as well, and under load answers already computed sat unsent for a second and more
 * (p99 1.1–2.4 s against 0.4 s with spare carriers, bench/README). On platform threads the operating system shares
 * the cores between the searches and the carriers, and the request's virtual thread just waits for its result.
 */
final class SearchAdmission {
    private static final long MAX_WAIT_SECONDS = 10;
    /** A search thread without work ends after this long; the next search starts a new one. */
    private static final long IDLE_SECONDS = 60;

    private final ThreadPoolExecutor searchers;
    /** Room for the searches running and waiting together. */
    private final Semaphore room;

    SearchAdmission(SearchSettings settings) {
        int threads = settings.concurrentSearches();
        this.searchers = new ThreadPoolExecutor(threads, threads, IDLE_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), Thread.ofPlatform().name("search-", 1).daemon(true).factory());
        searchers.allowCoreThreadTimeOut(true);
        this.room = new Semaphore(threads + settings.queuedSearches());
    }

    <T> T run(Supplier<T> search) {
        if (!room.tryAcquire()) {
            throw busy();
        }
        // The room is given back before the caller can see the result (so its next search finds it free), or by
        // done() when the search was cancelled before it ever ran; exactly once either way.
        AtomicBoolean given = new AtomicBoolean();
        Runnable giveBack = () -> {
            if (given.compareAndSet(false, true)) {
                room.release();
            }
        };
        FutureTask<T> result = new FutureTask<>(() -> {
            try {
                return search.get();
            } finally {
                giveBack.run();
            }
        }) {
            @Override
            protected void done() {
                giveBack.run();
            }
        };
        searchers.execute(result);
        try {
            return result.get(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            result.cancel(true);
            throw busy();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw busy();
        }
    }

    /** Searches waiting for a turn now (cancelled ones included until a search thread skips them). */
    int waiting() {
        return searchers.getQueue().size();
    }

    static final class Busy extends ProblemException {
        Busy() {
            super(Status.SERVICE_UNAVAILABLE_503, "search-busy", "Even druk",
                  "Er wordt nu erg veel gezocht. Probeer het over een paar seconden opnieuw.");
        }
    }

    private static Busy busy() {
        return new Busy();
    }
}
