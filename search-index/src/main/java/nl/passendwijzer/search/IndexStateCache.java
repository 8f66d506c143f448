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
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * What recent searches computed on the current index state, for the same search from another place. Parents search
 * for the same things ("dyslexie", "autisme") from thousands of postcodes, and where a search comes from only adds
 * closeness to the scores ({@link RankedCandidates}) and the matches near it. Kept here:
 * <ul>
 *   <li>the query built from a text ({@link PreparedTerms} included);</li>
 *   <li>what a search without a radius counted and scored ({@link MultiSelectFacets.Counts} with a scored
 *       {@link MatchSample}): most of a search's work, the same from every place;</li>
 *   <li>for a search made from a place more than once, all its matches by place ({@link LocatedMatches}): its near
 *       matches, and its matches within a radius (with each selected facet dimension left out too, for the sideways
 *       counts), are then looked up instead of matched; browsing within a radius looks up all documents with a
 *       place;</li>
 *   <li>what a page shows of a document for a query: fields, snippets, matched terms;</li>
 *   <li>the "bedoelde u" suggestion for a text that finds (almost) nothing;</li>
 *   <li>the answer cards of a rights question.</li>
 * </ul>
 *
 * <p>Entries belong to one index reader: a new reader (a content change) starts empty caches, so a change is never
 * hidden and an old reader is not kept alive by them.
 */
final class IndexStateCache {
    private static final int MAX_QUERIES = 1_000;
    /** Per-entry overhead beyond the arrays: the key's query, the facet lists' objects. */
    private static final int ENTRY_BYTES = 4_096;
    private static final int FACET_VALUE_BYTES = 48;
    /** A kept hit's key and cache entry beyond its bytes. */
    private static final int HIT_ENTRY_BYTES = 96;

    private final long maxBytes;
    private volatile Generation current = new Generation(null, -1, null, null, null, null, null, null);

    /** @param version the reader's index version, which grows with every refresh (-1: not known) */
    private record Generation(IndexReader reader, long version, Cache<Key, MultiSelectFacets.Counts> counts,
                              Cache<Key, Located> located, Cache<QueryKey, UserQuery> queries,
                              Cache<HitKey, byte[]> hits, Cache<String, Optional<String>> spellings,
                              Cache<CardsKey, List<SearchHit>> cards) {
    }

    /** A document shown for a query kept here: the query by identity, as hashing a large query costs more. */
    private record HitKey(UserQuery query, int doc) {
        @Override
        public boolean equals(Object other) {
            return other instanceof HitKey key && key.query == query && key.doc == doc;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(query) * 31 + doc;
        }
    }

    /** How often a search was made from a place, and once it is popular its {@link LocatedMatches}. */
    private static final class Located {
        final AtomicInteger uses = new AtomicInteger();
        volatile LocatedMatches matches;
    }

    private record QueryKey(String text, UserQueryBuilder.Strictness strictness) {
    }

    private record CardsKey(String text, Doelgroep doelgroep) {
    }

    /** A search as far as counting is concerned: what it matches and scores, and the facet values chosen. */
    private record Key(Query query, Map<String, Set<String>> selected) {
    }

    /** What is computed on a cache miss. */
    @FunctionalInterface
    interface Computing<T> {
        T compute() throws IOException;
    }

    /**
     * @param maxBytes about how much memory the caches may take: a quarter for counts, a quarter for located
     *                 matches, half for hits (the most asked for: a popular search from a new place shows some
     *                 documents it showed elsewhere and some it did not); 0 turns them off
     */
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

    /** The "bedoelde u" suggestion for {@code text} on this index state: a kept one, else {@code correcting}'s. */
    Optional<String> spelling(IndexReader reader, String text, Computing<Optional<String>> correcting)
            throws IOException {
        return maxBytes == 0 ? correcting.compute() : get(generation(reader).spellings(), text, correcting);
    }

    /** The answer cards for a rights question {@code text} in {@code doelgroep}'s version: kept ones, else built. */
    List<SearchHit> answerCards(IndexReader reader, String text, Doelgroep doelgroep,
                                Computing<List<SearchHit>> building) throws IOException {
        return maxBytes == 0 ? building.compute()
                : get(generation(reader).cards(), new CardsKey(text, doelgroep), building);
    }

    /**
     * The counts of {@code query} (which must not depend on the search's origin) with {@code selected} on
     * {@code reader}: kept ones, else {@code counting}'s, then kept.
     */
    MultiSelectFacets.Counts counts(IndexReader reader, Query query, Map<String, Set<String>> selected,
                                    Computing<MultiSelectFacets.Counts> counting) throws IOException {
        return maxBytes == 0 ? counting.compute()
                : get(generation(reader).counts(), new Key(query, Map.copyOf(selected)), counting);
    }

    /** The kept value, else {@code computing}'s, then kept; a failure is not kept. */
    private static <K, V> V get(Cache<K, V> cache, K key, Computing<V> computing) throws IOException {
        try {
            return cache.get(key, k -> {
                try {
                    return computing.compute();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * What a page showed of {@code doc} for {@code query} (a query this cache gave out: {@link #query}), if kept. A
     * popular search from another place shows many of the same articles, schools and sections.
     */
    Optional<PageHits.HitParts> hit(IndexReader reader, UserQuery query, int doc) {
        if (maxBytes == 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(generation(reader).hits().getIfPresent(new HitKey(query, doc))).map(KeptHit::read);
    }

    /** Keeps {@code hit} as one array ({@link KeptHit}): kept hits are most of what outlives young collections. */
    void keepHit(IndexReader reader, UserQuery query, int doc, PageHits.HitParts hit) {
        if (maxBytes > 0) {
            KeptHit.write(hit).ifPresent(kept -> generation(reader).hits().put(new HitKey(query, doc), kept));
        }
    }

    /**
     * The located matches of {@code query} (which must not depend on the search's origin) with {@code selected}, for
     * a search from a place: from its second such search on this index state (one made once is not worth a pass over
     * all its matches), kept ones, else {@code locating}'s, then kept. Empty for the first.
     */
    Optional<LocatedMatches> located(IndexReader reader, Query query, Map<String, Set<String>> selected,
                                     Computing<LocatedMatches> locating) throws IOException {
        if (maxBytes == 0) {
            return Optional.empty();
        }
        Generation generation = generation(reader);
        Key key = new Key(query, Map.copyOf(selected));
        Located entry = generation.located().get(key, k -> new Located());
        if (entry.uses.incrementAndGet() < 2) {
            return Optional.empty();
        }
        LocatedMatches matches = entry.matches;
        if (matches == null) {
            synchronized (entry) {
                matches = entry.matches;
                if (matches == null) {
                    matches = locating.compute();
                    entry.matches = matches;
                    // Written again so that the cache weighs it with the matches.
                    generation.located().asMap().replace(key, entry, entry);
                }
            }
        }
        return Optional.of(matches);
    }

    private Generation generation(IndexReader reader) {
        Generation generation = current;
        if (generation.reader() != reader) {
            synchronized (this) {
                generation = current;
                if (generation.reader() != reader) {
                    generation = newGeneration(reader);
                    // A search that began on the reader before a refresh must not throw the newer one's entries away.
                    if (generation.version() >= current.version()) {
                        current = generation;
                    }
                }
            }
        }
        return generation;
    }

    private Generation newGeneration(IndexReader reader) {
        return new Generation(reader, reader instanceof DirectoryReader directory ? directory.getVersion() : -1,
                Caffeine.newBuilder().maximumWeight(maxBytes / 4)
                        .weigher((Key key, MultiSelectFacets.Counts counts) -> weight(counts)).build(),
                Caffeine.newBuilder().maximumWeight(maxBytes / 4)
                        .weigher((Key key, Located located) -> weight(located)).build(),
                Caffeine.newBuilder().maximumSize(MAX_QUERIES).build(),
                Caffeine.newBuilder().maximumWeight(maxBytes / 2)
                        .weigher((HitKey key, byte[] hit) -> HIT_ENTRY_BYTES + hit.length).build(),
                Caffeine.newBuilder().maximumSize(MAX_QUERIES).build(),
                Caffeine.newBuilder().maximumSize(MAX_QUERIES).build());
    }

    private static int weight(Located located) {
        LocatedMatches matches = located.matches;
        return (int) Math.min(Integer.MAX_VALUE, ENTRY_BYTES + (matches == null ? 0 : matches.bytes()));
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
