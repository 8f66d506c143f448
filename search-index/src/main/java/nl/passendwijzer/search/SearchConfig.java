package nl.passendwijzer.search;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * What an index is opened with.
 *
 * @param contentVersion the version (e.g. hash) of the content the index must reflect; a different version stored in
 *                       the index means the caller has to rebuild
 * @param synonymGroups  query-time synonym groups, e.g. [["tlv", "toelaatbaarheidsverklaring"]]
 * @param vocabularyTerms terms offered by autocomplete (e.g. "dyslexie", "kleine groep")
 * @param clock          today's date decides which schooljaar counts as current
 * @param sampleSize     how many matching sections a search counts and ranks before it estimates from that random
 *                       sample ({@link #DEFAULT_SAMPLE_SIZE}; {@link Integer#MAX_VALUE}: every match, exact)
 * @param matchCacheMb   memory for what recent searches counted and scored, reused by the same search from another
 *                       postcode ({@link #DEFAULT_MATCH_CACHE_MB}); 0: every search counts afresh
 */
public record SearchConfig(String contentVersion, List<List<String>> synonymGroups, List<String> vocabularyTerms,
                           Clock clock, int sampleSize, int matchCacheMb) {
    /**
     * The sections a broad search looks at. Articles and schools, which lead the first page, are always all ranked. On
     * the national corpus the first page was the same as when ranking every match for 44 of the 48 benchmark queries
     * (45 with a sample of 5,000), and the in-process latency of the mix 0.73-0.78x that of 5,000 (bench/README.md,
     * session 5).
     */
    public static final int DEFAULT_SAMPLE_SIZE = 2_000;
    /**
     * A quarter for counts (a broad search keeps up to 2,000 sections and every matching school: 10-60 kB with its
     * facet counts), a quarter for the located matches of popular searches (16 bytes a match: 2.4 MB for one that
     * matches 150,000 sections), half for what result pages showed of documents (about 2 kB a hit).
     */
    public static final int DEFAULT_MATCH_CACHE_MB = 64;

    public SearchConfig {
        Objects.requireNonNull(contentVersion, "contentVersion");
        synonymGroups = Objects.requireNonNullElse(synonymGroups, List.<List<String>>of()).stream()
                .map(List::copyOf).toList();
        vocabularyTerms = List.copyOf(Objects.requireNonNullElse(vocabularyTerms, List.of()));
        clock = Objects.requireNonNullElse(clock, Clock.systemDefaultZone());
        if (sampleSize < 1) {
            throw new IllegalArgumentException("sampleSize must be positive: " + sampleSize);
        }
        if (matchCacheMb < 0) {
            throw new IllegalArgumentException("matchCacheMb must not be negative: " + matchCacheMb);
        }
    }

    public SearchConfig(String contentVersion, List<List<String>> synonymGroups, List<String> vocabularyTerms,
                        Clock clock) {
        this(contentVersion, synonymGroups, vocabularyTerms, clock, DEFAULT_SAMPLE_SIZE, DEFAULT_MATCH_CACHE_MB);
    }

    /** The same with another content version: what the index must reflect now. */
    public SearchConfig withContentVersion(String version) {
        return new SearchConfig(version, synonymGroups, vocabularyTerms, clock, sampleSize, matchCacheMb);
    }

    /** The same with another {@link #sampleSize()}. */
    public SearchConfig withSampleSize(int size) {
        return new SearchConfig(contentVersion, synonymGroups, vocabularyTerms, clock, size, matchCacheMb);
    }

    /** The same with another {@link #matchCacheMb()}. */
    public SearchConfig withMatchCacheMb(int mb) {
        return new SearchConfig(contentVersion, synonymGroups, vocabularyTerms, clock, sampleSize, mb);
    }

    public static SearchConfig of(String contentVersion, List<List<String>> synonymGroups,
                                  List<String> vocabularyTerms) {
        return new SearchConfig(contentVersion, synonymGroups, vocabularyTerms, Clock.systemDefaultZone());
    }
}
