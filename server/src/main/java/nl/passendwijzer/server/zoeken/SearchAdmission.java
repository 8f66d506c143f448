package nl.passendwijzer.server.zoeken;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.helidon.http.Status;
import nl.passendwijzer.server.http.ProblemException;

/**
 * Lets a fixed number of searches run at once and the rest wait in arrival order. Every request gets its own virtual
 * thread, and virtual threads are not time-sliced: with sixty-four CPU-bound searches in flight on two cores, some
 * waited seconds while later ones ran. A fair semaphore keeps the slowest answers close to the typical ones; a full
 * queue answers 503 with Retry-After at once instead of letting waits grow without bound.
 */
final class SearchAdmission {
    private static final long MAX_WAIT_SECONDS = 10;

    private final Semaphore permits;
    private final int maxQueued;

    SearchAdmission(SearchSettings settings) {
        this.permits = new Semaphore(settings.concurrentSearches(), true);
        this.maxQueued = settings.queuedSearches();
    }

    <T> T run(Supplier<T> search) {
        try {
            // A zero timeout, unlike tryAcquire(), respects the order of those already waiting.
            boolean admitted = permits.tryAcquire(0, TimeUnit.SECONDS);
            if (!admitted && permits.getQueueLength() >= maxQueued) {
                throw busy();
            }
            if (!admitted && !permits.tryAcquire(MAX_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        try {
            return search.get();
        } finally {
            permits.release();
        }
    }

    /** Searches waiting for a turn now (an estimate, as the JDK's queue length is). */
    int waiting() {
        return permits.getQueueLength();
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
