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
 * @param synonymNotes   per synonym the user did not type ("synoniem: ASS → autisme") the terms it stands for
 */
record UserQuery(Optional<Query> query, Set<String> originalTerms, Map<String, Set<String>> synonymNotes) {
    /** No text: every document matches (browsing). */
    static final UserQuery NONE = new UserQuery(Optional.empty(), Set.of(), Map.of());

    /** The synonyms a document containing {@code matchedTerms} was found by: all their terms, not all typed. */
    List<String> notesFor(Set<String> matchedTerms) {
        return synonymNotes.entrySet().stream()
                .filter(note -> matchedTerms.containsAll(note.getValue()))
                .filter(note -> !originalTerms.containsAll(note.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
    }
}
