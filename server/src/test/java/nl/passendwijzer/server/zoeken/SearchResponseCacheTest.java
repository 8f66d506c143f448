package nl.passendwijzer.server.zoeken;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.sameInstance;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import nl.passendwijzer.search.SearchRequest;
import nl.passendwijzer.search.SearchResponse;
import org.junit.jupiter.api.Test;

class SearchResponseCacheTest {
    private final AtomicReference<Object> generation = new AtomicReference<>(new Object());
    private final AtomicInteger searches = new AtomicInteger();

    @Test
    void aRepeatedSearchOnAnUnchangedIndexIsAnsweredWithoutSearching() {
        SearchResponseCache cache = new SearchResponseCache(10, generation::get);
        SearchResponse first = cache.answer(SearchRequest.of("dyslexie"), this::search);
        SearchResponse again = cache.answer(SearchRequest.of("dyslexie"), this::search);
        assertThat(again, sameInstance(first));
        assertThat(searches.get(), is(1));
    }

    @Test
    void anotherPageOrFilterIsAnotherSearch() {
        SearchResponseCache cache = new SearchResponseCache(10, generation::get);
        cache.answer(SearchRequest.of("dyslexie"), this::search);
        cache.answer(SearchRequest.of("dyslexie").withPage(1, 10), this::search);
        cache.answer(SearchRequest.of("dyslexie").withFacetFilters(Map.of("sector", Set.of("po"))),
                     this::search);
        assertThat(searches.get(), is(3));
    }

    @Test
    void aChangedIndexIsSearchedAgain() {
        SearchResponseCache cache = new SearchResponseCache(10, generation::get);
        SearchResponse before = cache.answer(SearchRequest.of("dyslexie"), this::search);
        generation.set(new Object());
        SearchResponse after = cache.answer(SearchRequest.of("dyslexie"), this::search);
        assertThat(after == before, is(false));
        assertThat(searches.get(), is(2));
    }

    @Test
    void aFailedSearchIsNotKept() {
        SearchResponseCache cache = new SearchResponseCache(10, generation::get);
        assertThrows(IllegalStateException.class, () -> cache.answer(SearchRequest.of("x"), () -> {
            searches.incrementAndGet();
            throw new IllegalStateException("busy");
        }));
        cache.answer(SearchRequest.of("x"), this::search);
        assertThat(searches.get(), is(2));
    }

    @Test
    void withoutEntriesEverySearchRuns() {
        SearchResponseCache cache = new SearchResponseCache(0, generation::get);
        cache.answer(SearchRequest.of("dyslexie"), this::search);
        cache.answer(SearchRequest.of("dyslexie"), this::search);
        assertThat(searches.get(), is(2));
    }

    private SearchResponse search() {
        searches.incrementAndGet();
        return new SearchResponse(0, false, List.of(), Map.of(), Optional.empty(), false, false, List.of(), 0, 10,
                                  false);
    }
}
