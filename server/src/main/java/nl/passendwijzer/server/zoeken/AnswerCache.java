package nl.passendwijzer.server.zoeken;

import java.time.Duration;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.helidon.metrics.api.Counter;

/**
 * Recent answers of {@code /api/zoek} as the bytes sent, for the searches many people make: the links on article
 * pages, a popular term, a reload, the same page asked again. A hit skips the search, its turn in
 * {@link SearchAdmission} and writing the JSON (which costs more than the rest of a hit together).
 *
 * <p>An answer is kept under the index state it was computed on ({@link PortalSearch#generation()}): once a content
 * change is searchable, no request finds an answer from before it, so the cache never makes a change arrive later.
 * Answers live in memory only and for {@link #KEPT_FOR} at most, since free text can hold whatever a parent typed.
 * Eviction is Caffeine's (frequency-aware, so a burst of one-off searches does not push out the popular ones).
 */
final class AnswerCache {
    /** How long an answer (and the text that asked for it) is kept; answers of replaced index states go too. */
    private static final Duration KEPT_FOR = Duration.ofMinutes(10);

    private record Key(Object generation, Object question) {
    }

    private final Supplier<Object> generation;
    private final Cache<Key, byte[]> answers;
    private final Counter reused;
    private final Counter computed;

    /**
     * @param bytes    how many bytes of answers to keep; 0 turns caching off
     * @param reused   counts answers sent from the cache
     * @param computed counts answers searched for
     */
    AnswerCache(long bytes, Supplier<Object> generation, Counter reused, Counter computed) {
        this.generation = generation;
        this.reused = reused;
        this.computed = computed;
        this.answers = bytes > 0
                ? Caffeine.newBuilder().maximumWeight(bytes).<Key, byte[]>weigher((key, answer) -> answer.length)
                        .expireAfterWrite(KEPT_FOR).build()
                : null;
    }

    /**
     * The answer to {@code question} (a value that determines the whole answer, with equals and hashCode): a kept
     * one computed on the current index state, else {@code compute}'s, which is then kept. A failure is not kept.
     */
    byte[] answer(Object question, Supplier<byte[]> compute) {
        if (answers == null) {
            return computed(compute);
        }
        // The state is read before searching: the search then sees this state or a newer one, never an older one.
        Key key = new Key(generation.get(), question);
        byte[] kept = answers.getIfPresent(key);
        if (kept != null) {
            reused.increment();
            return kept;
        }
        byte[] answer = computed(compute);
        answers.put(key, answer);
        return answer;
    }

    private byte[] computed(Supplier<byte[]> compute) {
        byte[] answer = compute.get();
        computed.increment();
        return answer;
    }
}
