package nl.passendwijzer.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private record Generation(IndexReader reader, Cache<Key, MultiSelectFacets.Counts> counts,
                              Cache<QueryKey, UserQuery> queries) {
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
        try {
            return generation(reader).counts().get(new Key(query, Map.copyOf(selected)), key -> {
                try {
                    return counting.count();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Generation generation(IndexReader reader) {
        Generation generation = current;
        if (generation.reader() != reader) {
            synchronized (this) {
                generation = current;
                if (generation.reader() != reader) {
                    generation = new Generation(reader, Caffeine.newBuilder()
                            .maximumWeight(maxBytes)
                            .weigher((Key key, MultiSelectFacets.Counts counts) -> weight(counts))
                            .build(), Caffeine.newBuilder().maximumSize(MAX_QUERIES).build());
                    current = generation;
                }
            }
        }
        return generation;
    }

    private static int weight(MultiSelectFacets.Counts counts) {
        long bytes = ENTRY_BYTES;
        for (MatchSample.Leaf leaf : counts.matches().leaves()) {
            bytes += (long) leaf.size() * (leaf.scores() == null ? Integer.BYTES : Integer.BYTES + Float.BYTES);
        }
        for (List<FacetCount> values : counts.facets().values()) {
            bytes += (long) values.size() * FACET_VALUE_BYTES;
        }
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }
}
