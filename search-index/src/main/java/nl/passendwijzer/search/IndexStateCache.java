package nl.passendwijzer.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * What recent searches computed on the current index state, for the same search from another place: the query built
 * from a text, and what a search counted and scored ({@link MultiSelectFacets.Counts} with a scored
 * {@link MatchSample}). Parents search for the same things ("dyslexie", "autisme") from thousands of postcodes; where
 * a search comes from only adds closeness to the scores ({@link RankedCandidates}) and a pass over the matches near it,
 * so the counting pass, most of a search's work, is the same for all of them. Searches with a radius are not counted
 * here: what they match depends on the origin.
 *
 * <p>Entries belong to one index reader: a new reader (a content change) starts empty caches, so a change is never
 * hidden and an old reader is not kept alive by them.
 */
final class IndexStateCache {
    private static final int MAX_QUERIES = 1_000;
    /** Per-entry overhead beyond the arrays: the key's query, the facet lists' objects. */
    private static final int ENTRY_BYTES = 4_096;
    private static final int FACET_VALUE_BYTES = 48;

    private final long maxBytes;
    private volatile Generation current = new Generation(null, null, null);

    private record Generation(IndexReader reader, Cache<Key, Entry> counts, Cache<QueryKey, UserQuery> queries) {
    }

    /** A search's counts, how often they were asked for, and once it is popular its {@link LocatedMatches}. */
    private static final class Entry {
        final MultiSelectFacets.Counts counts;
        final AtomicInteger uses = new AtomicInteger();
        volatile LocatedMatches located;

        Entry(MultiSelectFacets.Counts counts) {
            this.counts = counts;
        }
    }

    private record QueryKey(String text, UserQueryBuilder.Strictness strictness) {
    }

    /** A search as far as counting is concerned: what it matches and scores, and the facet values chosen. */
    private record Key(Query query, Map<String, Set<String>> selected) {
    }

    /** What a search on a cache miss counts. */
    @FunctionalInterface
    interface Counting {
        MultiSelectFacets.Counts count() throws IOException;
    }

    /** How the located matches of a popular search are found. */
    @FunctionalInterface
    interface Locating {
        LocatedMatches locate() throws IOException;
    }

    /** @param maxBytes about how much memory the counts may take; 0 turns the caches off */
    IndexStateCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The query of {@code text} prepared for {@code searcher} ({@link PreparedTerms}): a kept one, else built. */
    UserQuery query(IndexSearcher searcher, String text, UserQueryBuilder.Strictness strictness,
                    Supplier<UserQuery> building) {
        if (maxBytes == 0) {
            return building.get();
        }
        return generation(searcher.getIndexReader()).queries()
                .get(new QueryKey(text, strictness), key -> building.get());
    }

    /**
     * The counts of {@code query} (which must not depend on the search's origin) with {@code selected} on
     * {@code reader}: kept ones, else {@code counting}'s, then kept.
     */
    MultiSelectFacets.Counts counts(IndexReader reader, Query query, Map<String, Set<String>> selected,
                                 Counting counting) throws IOException {
        if (maxBytes == 0) {
            return counting.count();
        }
        Entry entry;
        try {
            entry = generation(reader).counts().get(new Key(query, Map.copyOf(selected)), key -> {
                try {
                    return new Entry(counting.count());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        entry.uses.incrementAndGet();
        return entry.counts;
    }

    /**
     * The located matches of a search counted here before and asked for again (a search made once is not worth a pass
     * over all its matches): kept ones, else {@code locating}'s, then kept with its counts. Empty for other searches.
     */
    Optional<LocatedMatches> located(IndexReader reader, Query query, Map<String, Set<String>> selected,
                                     Locating locating) throws IOException {
        if (maxBytes == 0) {
            return Optional.empty();
        }
        Generation generation = generation(reader);
        Key key = new Key(query, Map.copyOf(selected));
        Entry entry = generation.counts().getIfPresent(key);
        if (entry == null || entry.uses.get() < 2) {
            return Optional.empty();
        }
        LocatedMatches located = entry.located;
        if (located == null) {
            synchronized (entry) {
                located = entry.located;
                if (located == null) {
                    located = locating.locate();
                    entry.located = located;
                    // Written again so that the cache weighs it with the located matches.
                    generation.counts().asMap().replace(key, entry, entry);
                }
            }
        }
        return Optional.of(located);
    }

    private Generation generation(IndexReader reader) {
        Generation generation = current;
        if (generation.reader() != reader) {
            synchronized (this) {
                generation = current;
                if (generation.reader() != reader) {
                    generation = new Generation(reader, Caffeine.newBuilder()
                            .maximumWeight(maxBytes)
                            .weigher((Key key, Entry entry) -> weight(entry))
                            .build(), Caffeine.newBuilder().maximumSize(MAX_QUERIES).build());
                    current = generation;
                }
            }
        }
        return generation;
    }

    private static int weight(Entry entry) {
        MultiSelectFacets.Counts counts = entry.counts;
        LocatedMatches located = entry.located;
        long bytes = ENTRY_BYTES + (located == null ? 0 : located.bytes());
        for (MatchSample.Leaf leaf : counts.matches().leaves()) {
            bytes += (long) leaf.size() * (leaf.scores() == null ? Integer.BYTES : Integer.BYTES + Float.BYTES);
        }
        for (List<FacetCount> values : counts.facets().values()) {
            bytes += (long) values.size() * FACET_VALUE_BYTES;
        }
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }
}
