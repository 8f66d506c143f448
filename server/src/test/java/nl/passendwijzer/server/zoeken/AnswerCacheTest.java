package nl.passendwijzer.server.zoeken;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.sameInstance;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Metrics;
import nl.passendwijzer.search.SearchRequest;
import org.junit.jupiter.api.Test;

class AnswerCacheTest {
    private final AtomicReference<Object> generation = new AtomicReference<>(new Object());
    private final AtomicInteger searches = new AtomicInteger();

    @Test
    void aRepeatedSearchOnAnUnchangedIndexIsAnsweredWithoutSearching() {
        AnswerCache cache = cache(100_000);
        byte[] first = cache.answer(SearchRequest.of("dyslexie"), this::search);
        byte[] again = cache.answer(SearchRequest.of("dyslexie"), this::search);
        assertThat(again, sameInstance(first));
        assertThat(searches.get(), is(1));
        assertThat(reused.count(), is(1L));
        assertThat(computed.count(), is(1L));
    }

    @Test
    void anotherPageOrFilterIsAnotherSearch() {
        AnswerCache cache = cache(100_000);
        cache.answer(SearchRequest.of("dyslexie"), this::search);
        cache.answer(SearchRequest.of("dyslexie").withPage(1, 10), this::search);
        cache.answer(SearchRequest.of("dyslexie").withFacetFilters(Map.of("sector", Set.of("po"))), this::search);
        assertThat(searches.get(), is(3));
    }

    @Test
    void aChangedIndexIsSearchedAgain() {
        AnswerCache cache = cache(100_000);
        byte[] before = cache.answer(SearchRequest.of("dyslexie"), this::search);
        generation.set(new Object());
        byte[] after = cache.answer(SearchRequest.of("dyslexie"), this::search);
        assertThat(after, not(sameInstance(before)));
        assertThat(searches.get(), is(2));
    }

    @Test
    void aFailedSearchIsNotKept() {
        AnswerCache cache = cache(100_000);
        assertThrows(IllegalStateException.class, () -> cache.answer(SearchRequest.of("x"), () -> {
            searches.incrementAndGet();
            throw new IllegalStateException("busy");
        }));
        cache.answer(SearchRequest.of("x"), this::search);
        assertThat(searches.get(), is(2));
        assertThat(computed.count(), is(1L));
    }

    @Test
    void withoutEntriesEverySearchRuns() {
        AnswerCache cache = cache(0);
        cache.answer(SearchRequest.of("dyslexie"), this::search);
        cache.answer(SearchRequest.of("dyslexie"), this::search);
        assertThat(searches.get(), is(2));
        assertThat(reused.count(), is(0L));
        assertThat(computed.count(), is(2L));
    }

    // Registries may share meters by name, so each test gets counters of its own.
    private final MeterRegistry meters = Metrics.createMeterRegistry();
    private final String run = UUID.randomUUID().toString();
    private final Counter reused = meters.getOrCreate(Counter.builder("reused-" + run));
    private final Counter computed = meters.getOrCreate(Counter.builder("computed-" + run));

    private AnswerCache cache(long bytes) {
        return new AnswerCache(bytes, generation::get, reused, computed);
    }

    private byte[] search() {
        return ("{\"zoekopdracht\":" + searches.incrementAndGet() + "}").getBytes(StandardCharsets.UTF_8);
    }
}
