package nl.passendwijzer.server.zoeken;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.helidon.http.Status;
import nl.passendwijzer.search.InvalidQueryException;
import org.junit.jupiter.api.Test;

class SearchAdmissionTest {

    @Test
    void aSearchRunsWhenAThreadIsFreeAndAnswersItsResult() {
        SearchAdmission admission = new SearchAdmission(new SearchSettings(Duration.ofSeconds(5), 1, 0, 0, 2_000, 0));

        assertThat(admission.run(() -> "resultaat"), equalTo("resultaat"));
        for (int i = 0; i < 1_000; i++) { // the room is free again as soon as an answer is back
            assertThat(admission.run(() -> "nog een"), equalTo("nog een"));
        }
    }

    @Test
    void aFailingSearchGivesTheCallerItsOwnException() {
        SearchAdmission admission = new SearchAdmission(new SearchSettings(Duration.ofSeconds(5), 1, 0, 0, 2_000, 0));
        InvalidQueryException thrown = assertThrows(InvalidQueryException.class, () -> admission.run(() -> {
            throw new InvalidQueryException("pagina moet 0 of hoger zijn");
        }));
        assertThat(thrown.getMessage(), equalTo("pagina moet 0 of hoger zijn"));
    }

    @Test
    void searchesRunOffTheRequestThreadOnPlatformThreads() {
        SearchAdmission admission = new SearchAdmission(new SearchSettings(Duration.ofSeconds(5), 1, 0, 0, 2_000, 0));
        Thread searcher = admission.run(Thread::currentThread);
        assertThat(searcher.isVirtual(), is(false));
        assertThat(searcher, not(sameInstance(Thread.currentThread())));
    }

    @Test
    void whenAllSearchThreadsAreBusyAndTheQueueIsFullASearchIsTurnedAwayAtOnceWith503() throws Exception {
        SearchAdmission admission = new SearchAdmission(new SearchSettings(Duration.ofSeconds(5), 1, 0, 0, 2_000, 0));
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<String> first = occupyTheOnlySearchThread(admission, threads, release);

            SearchAdmission.Busy busy = assertThrows(SearchAdmission.Busy.class, () -> admission.run(() -> "tweede"));
            assertThat(busy.status(), equalTo(Status.SERVICE_UNAVAILABLE_503));
            assertThat(busy.code(), equalTo("search-busy"));

            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS), equalTo("eerste"));
        }
    }

    @Test
    void aSearchThatFindsAllSearchThreadsBusyWaitsItsTurnWhenThereIsRoomInTheQueue() throws Exception {
        SearchAdmission admission = new SearchAdmission(new SearchSettings(Duration.ofSeconds(5), 1, 8, 0, 2_000, 0));
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            occupyTheOnlySearchThread(admission, threads, release);
            Future<String> second = threads.submit(() -> admission.run(() -> "tweede"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (admission.waiting() == 0 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(admission.waiting(), is(1));
            assertThat(second.isDone(), is(false));

            release.countDown();
            assertThat(second.get(5, TimeUnit.SECONDS), equalTo("tweede"));
        }
    }

    /** A search that keeps the only search thread until {@code release}; returns once it runs. */
    private static Future<String> occupyTheOnlySearchThread(SearchAdmission admission, ExecutorService threads,
                                                    CountDownLatch release) throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        Future<String> search = threads.submit(() -> admission.run(() -> {
            running.countDown();
            awaitQuietly(release);
            return "eerste";
        }));
        assertThat(running.await(5, TimeUnit.SECONDS), is(true));
        return search;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
