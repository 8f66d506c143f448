package nl.passendwijzer.server.zoeken;

import java.time.Duration;

import io.helidon.config.Config;
import nl.passendwijzer.search.SearchConfig;

/**
 * @param pollInterval       how often a node checks the change log for content changed elsewhere
 * @param concurrentSearches searches that run at the same time; more only queue (searching is CPU work, so running
 *                           more at once than there are cores only makes every one of them slower)
 * @param queuedSearches     searches that may wait for a turn; beyond that a request gets 503 at once
 * @param answerCacheMb      memory for recent search answers kept for repeated searches ({@link AnswerCache}); 0: none
 * @param sampleSize         matching sections a search counts and ranks before it estimates from that random sample
 *                           ({@link SearchConfig#sampleSize()})
 * @param matchCacheMb       memory for what recent searches counted and scored, for the same search from another
 *                           postcode ({@link SearchConfig#matchCacheMb()}); 0: none
 */
public record SearchSettings(Duration pollInterval, int concurrentSearches, int queuedSearches, int answerCacheMb,
                             int sampleSize, int matchCacheMb) {
    public static SearchSettings defaults() {
        return new SearchSettings(Duration.ofSeconds(5), Runtime.getRuntime().availableProcessors(), 256, 32,
                SearchConfig.DEFAULT_SAMPLE_SIZE, SearchConfig.DEFAULT_MATCH_CACHE_MB);
    }

    public static SearchSettings from(Config config) {
        SearchSettings defaults = defaults();
        return new SearchSettings(
                config.get("poll-interval").as(Duration.class).orElse(defaults.pollInterval()),
                config.get("concurrent-searches").asInt().filter(n -> n > 0).orElse(defaults.concurrentSearches()),
                config.get("queued-searches").asInt().filter(n -> n >= 0).orElse(defaults.queuedSearches()),
                config.get("answer-cache-mb").asInt().filter(n -> n >= 0).orElse(defaults.answerCacheMb()),
                config.get("sample-size").asInt().filter(n -> n > 0).orElse(defaults.sampleSize()),
                config.get("match-cache-mb").asInt().filter(n -> n >= 0).orElse(defaults.matchCacheMb()));
    }
}
