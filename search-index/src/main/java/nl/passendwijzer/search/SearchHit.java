package nl.passendwijzer.search;

import java.util.List;
import java.util.Optional;

/**
 * One result. {@code snippets} are HTML: the text is escaped and matches are wrapped in {@code <mark>}.
 * {@code distanceKm} is straight-line ("hemelsbreed") distance from the request origin. {@code why} says in Dutch
 * why the result is here (matched fields, synonyms used, filters, distance).
 */
public record SearchHit(String id, DocumentType type, String title, String url, float score,
                        Optional<String> schoolId, Optional<String> schoolName, Optional<Integer> page, Optional<String> anchor,
                        List<String> headingPath, Optional<Doelgroep> doelgroep, boolean fictief,
                        Optional<Double> distanceKm, List<String> snippets, List<String> why) {
}
