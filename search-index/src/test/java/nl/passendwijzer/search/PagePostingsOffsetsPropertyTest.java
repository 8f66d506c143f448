package nl.passendwijzer.search;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Snippets read with one postings list per term for a whole page are the snippets Lucene's own postings strategy gives,
 * whatever the documents, the query (its terms looked up in advance or not), the segments and the order in which a
 * page lists its hits.
 */
class PagePostingsOffsetsPropertyTest {
    private static final List<String> WORDS = List.of("autisme", "dyslexie", "klas", "groep", "hulp", "school",
            "zorgplicht", "plusklas", "gedrag", "taal", ".", "en");

    @Provide
    Arbitrary<List<String>> bodies() {
        Arbitrary<String> body = Arbitraries.of(WORDS).list().ofMinSize(0).ofMaxSize(120).map(w -> String.join(" ", w));
        return body.list().ofMinSize(1).ofMaxSize(30);
    }

    @Property(tries = 60)
    void snippetsAreLuceneOwnForAnyPageOfAnyDocuments(@ForAll("bodies") List<String> bodies,
                                                       @ForAll @Size(min = 1, max = 5) Set<@IntRange(max = 11) Integer> words,
                                                       @ForAll @IntRange(min = 1, max = 4) int segments,
                                                       @ForAll long shuffle) throws IOException {
        Analyzer analyzer = new WhitespaceAnalyzer();
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (int i = 0; i < bodies.size(); i++) {
                    Document doc = new Document();
                    doc.add(new Field(IndexSchema.BODY, bodies.get(i), IndexSchema.STORED_TEXT_WITH_OFFSETS));
                    writer.addDocument(doc);
                    if ((i + 1) % Math.max(1, bodies.size() / segments) == 0) {
                        writer.commit();
                    }
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                BooleanQuery.Builder query = new BooleanQuery.Builder();
                words.forEach(w -> query.add(new TermQuery(new Term(IndexSchema.BODY, WORDS.get(w))), Occur.SHOULD));
                int[] page = page(bodies.size(), shuffle);
                Map<Integer, String> stored = new HashMap<>();
                for (int doc : page) {
                    stored.put(doc, bodies.get(doc));
                }

                Query plain = query.build();
                Query lookedUp = PreparedTerms.prepare(plain, searcher);
                List<List<String>> ours = new SnippetHighlighter(searcher, analyzer, stored,
                        KnownTermStates.of(plain, searcher.getTopReaderContext())).snippets(plain, page);
                List<List<String>> prepared = new SnippetHighlighter(searcher, analyzer, stored,
                        KnownTermStates.of(lookedUp, searcher.getTopReaderContext())).snippets(lookedUp, page);

                List<List<String>> lucenes = lucenes(searcher, analyzer, query.build(), page);
                assertThat(ours, is(lucenes));
                assertThat(prepared, is(lucenes));
            }
        }
    }

    /** Some of the documents, in an order of their own: a page lists hits by rank, not by document id. */
    private static int[] page(int documents, long seed) {
        List<Integer> docs = new ArrayList<>();
        for (int doc = 0; doc < documents; doc++) {
            docs.add(doc);
        }
        java.util.Collections.shuffle(docs, new java.util.Random(seed));
        return docs.subList(0, Math.min(documents, 1 + (int) Math.floorMod(seed, 10L))).stream()
                .mapToInt(Integer::intValue).toArray();
    }

    /** The same highlighting with Lucene's postings strategy, reading the bodies from the stored fields. */
    private static List<List<String>> lucenes(IndexSearcher searcher, Analyzer analyzer, Query query, int[] page)
            throws IOException {
        Object[] perDoc = new LucenesOwn(searcher, analyzer).highlight(query, page);
        List<List<String>> result = new ArrayList<>();
        for (Object snippets : perDoc) {
            result.add(snippets instanceof String[] passages
                    ? Arrays.stream(passages).filter(passage -> !passage.isBlank()).toList()
                    : List.of());
        }
        return result;
    }

    private static final class LucenesOwn extends UnifiedHighlighter {
        LucenesOwn(IndexSearcher searcher, Analyzer analyzer) {
            super(builder(searcher, analyzer)
                    .withFormatter(new EscapingPassageFormatter())
                    .withScorer(new CompactPassageScorer())
                    .withWeightMatches(false)
                    .withHighlightPhrasesStrictly(false)
                    .withMaxLength(100_000));
        }

        Object[] highlight(Query query, int[] page) throws IOException {
            return highlightFieldsAsObjects(new String[] {IndexSchema.BODY}, query, page, new int[] {2})
                    .get(IndexSchema.BODY);
        }
    }
}
