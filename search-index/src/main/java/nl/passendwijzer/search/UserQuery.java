package nl.passendwijzer.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.Query;

/**
 * A user query turned into Lucene terms.
 *
 * @param query          the scoring query over the text fields; empty when the text held no searchable word
 * @param originalTerms  analyzed terms the user typed (or compound parts of them)
 * @param synonymNotes   per term that only a synonym brought in: "synoniem: ASS → autisme"
 */
record UserQuery(Optional<Query> query, Set<String> originalTerms, Map<String, String> synonymNotes) {
    /** No text: every document matches (browsing). */
    static final UserQuery NONE = new UserQuery(Optional.empty(), Set.of(), Map.of());

    List<String> notesFor(Set<String> matchedTerms) {
        return matchedTerms.stream().filter(term -> !originalTerms.contains(term)).map(synonymNotes::get)
                .filter(note -> note != null).distinct().sorted().toList();
    }
}
