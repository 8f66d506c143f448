package nl.passendwijzer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * The words of the school names of one index state, written as the spelling analyzer writes them (lowercase,
 * accent-folded, unstemmed): the parts a typed name may be glued from ("ravensteinschool"). Read from the stored
 * titles the first time a search asks, which is only for a typed word that no dictionary splits.
 */
final class SchoolNameWords {
    private final IndexReader reader;
    private final Analyzer spellAnalyzer;
    private volatile Set<String> words;

    SchoolNameWords(IndexReader reader, Analyzer spellAnalyzer) {
        this.reader = reader;
        this.spellAnalyzer = spellAnalyzer;
    }

    boolean contains(String word) {
        Set<String> loaded = words;
        if (loaded == null) {
            loaded = load();
        }
        return loaded.contains(word);
    }

    private synchronized Set<String> load() {
        if (words == null) {
            try {
                words = Set.copyOf(read());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return words;
    }

    private Set<String> read() throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        Set<String> all = new HashSet<>();
        TermQuery schools = new TermQuery(new Term(IndexSchema.TYPE, DocumentType.SCHOOL.name()));
        for (ScoreDoc hit : searcher.search(schools, Math.max(1, reader.numDocs())).scoreDocs) {
            String name = searcher.storedFields().document(hit.doc, Set.of(IndexSchema.TITLE)).get(IndexSchema.TITLE);
            if (name == null) {
                continue;
            }
            try (TokenStream stream = spellAnalyzer.tokenStream(IndexSchema.SPELL, name)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    all.add(term.toString());
                }
                stream.end();
            }
        }
        return all;
    }
}
