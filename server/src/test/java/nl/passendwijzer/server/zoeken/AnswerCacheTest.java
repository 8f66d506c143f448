package nl.passendwijzer.server.zoeken;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.sameInstance;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import nl.passendwijzer.search.SearchRequest;
import org.junit.jupiter.api.Test;

class AnswerCacheTest {
    private final AtomicReference<Object> generation = new AtomicReference<>(new Object());
    private final AtomicInteger searches = new AtomicInteger();

    @Test
    void aRepeatedSearchOnAnUnchangedIndexIsAnsweredWithoutSearching() {
        AnswerCache cache = new AnswerCache(10, generation::get);
        byte[] first = cache.answer(SearchRequest.of("dyslexie"), this::search);
        byte[] again = cache.answer(SearchRequest.of("dyslexie"), this::search);
        assertThat(again, sameInstance(first));
        assertThat(searches.get(), is(1));
    }

    @Test
    void anotherPageOrFilterIsAnotherSearch() {
        AnswerCache cache = new AnswerCache(10, generation::get);
        cache.answer(SearchRequest.of("dyslexie"), this::search);
        cache.answer(SearchRequest.of("dyslexie").withPage(1, 10), this::search);
        cache.answer(SearchRequest.of("dyslexie").withFacetFilters(Map.of("sector", Set.of("po"))), this::search);
        assertThat(searches.get(), is(3));
    }

    @Test
    void aChangedIndexIsSearchedAgain() {
        AnswerCache cache = new AnswerCache(10, generation::get);
        byte[] before = cache.answer(SearchRequest.of("dyslexie"), this::search);
        generation.set(new Object());
        byte[] after = cache.answer(SearchRequest.of("dyslexie"), this::search);
        assertThat(after, not(sameInstance(before)));
        assertThat(searches.get(), is(2));
    }

    @Test
    void aFailedSearchIsNotKept() {
        AnswerCache cache = new AnswerCache(10, generation::get);
        assertThrows(IllegalStateException.class, () -> cache.answer(SearchRequest.of("x"), () -> {
            searches.incrementAndGet();
            throw new IllegalStateException("busy");
        }));
        cache.answer(SearchRequest.of("x"), this::search);
        assertThat(searches.get(), is(2));
    }

    @Test
    void withoutEntriesEverySearchRuns() {
        AnswerCache cache = new AnswerCache(0, generation::get);
        cache.answer(SearchRequest.of("dyslexie"), this::search);
        cache.answer(SearchRequest.of("dyslexie"), this::search);
        assertThat(searches.get(), is(2));
    }

    private byte[] search() {
        return ("{\"zoekopdracht\":" + searches.incrementAndGet() + "}").getBytes(StandardCharsets.UTF_8);
    }
}
