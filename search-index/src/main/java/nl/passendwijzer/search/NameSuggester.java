package nl.passendwijzer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Autocomplete over school names, places and vocabulary terms. The few thousand labels live in memory, folded
 * (accent-insensitive), and a prefix matches at the start of any word of a label. The label set is taken from the
 * index the first time it is asked for after a change.
 */
final class NameSuggester {
    private final List<String> vocabulary;
    private volatile Snapshot snapshot = new Snapshot(-1, List.of());

    private record Entry(String label, String folded, Suggestion.Kind kind, Optional<String> id) {
    }

    private record Snapshot(long readerVersion, List<Entry> entries) {
    }

    NameSuggester(List<String> vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<Suggestion> suggest(String prefix, int limit, IndexSearcher searcher, long readerVersion) throws IOException {
        String folded = Folding.fold(prefix);
        if (folded.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<Entry> entries = entries(searcher, readerVersion);
        return entries.stream()
                .filter(entry -> rank(entry, folded) < 2)
                .sorted(Comparator.<Entry>comparingInt(entry -> rank(entry, folded))
                        .thenComparingInt(entry -> entry.label().length())
                        .thenComparing(Entry::folded))
                .limit(limit)
                .map(entry -> new Suggestion(entry.label(), entry.kind(), entry.id()))
                .toList();
    }

    /** 0: the label starts with the prefix, 1: a later word does, 2: no match. */
    private static int rank(Entry entry, String prefix) {
        if (entry.folded().startsWith(prefix)) {
            return 0;
        }
        return entry.folded().contains(" " + prefix) || entry.folded().contains("-" + prefix) ? 1 : 2;
    }

    private List<Entry> entries(IndexSearcher searcher, long readerVersion) throws IOException {
        Snapshot current = snapshot;
        if (current.readerVersion() != readerVersion) {
            current = new Snapshot(readerVersion, load(searcher));
            snapshot = current;
        }
        return current.entries();
    }

    private List<Entry> load(IndexSearcher searcher) throws IOException {
        Map<String, Entry> byKey = new LinkedHashMap<>();
        IndexReader reader = searcher.getIndexReader();
        TermQuery schools = new TermQuery(new Term(IndexSchema.TYPE, DocumentType.SCHOOL.name()));
        TopDocs top = searcher.search(schools, Math.max(1, reader.numDocs()));
        for (ScoreDoc hit : top.scoreDocs) {
            Document doc = searcher.storedFields().document(hit.doc);
            add(byKey, doc.get(IndexSchema.TITLE), Suggestion.Kind.SCHOOL, Optional.ofNullable(doc.get(IndexSchema.ID)));
            for (String place : doc.getValues(IndexSchema.STORED_FACET_PREFIX + "gemeente")) {
                add(byKey, place, Suggestion.Kind.PLAATS, Optional.empty());
            }
        }
        vocabulary.forEach(term -> add(byKey, term, Suggestion.Kind.TERM, Optional.empty()));
        return new ArrayList<>(byKey.values());
    }

    private static void add(Map<String, Entry> byKey, String label, Suggestion.Kind kind, Optional<String> id) {
        if (label == null || label.isBlank()) {
            return;
        }
        String folded = Folding.fold(label);
        byKey.putIfAbsent(kind + ":" + id.orElse(folded), new Entry(label.strip(), folded, kind, id));
    }
}
