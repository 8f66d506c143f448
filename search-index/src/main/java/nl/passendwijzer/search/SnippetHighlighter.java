package nl.passendwijzer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Escaped body snippets with {@code <mark>}ed matches, read from the offsets stored in the postings.
 *
 * <p>Weight matching is off: with it, the highlighter rewrites the whole user query and builds a new Weight for every
 * hit (a synonym- and compound-expanded query over three fields), which made highlighting a third of the search
 * time. Term-based highlighting reads the same postings offsets.
 *
 * <p>Phrases are not highlighted strictly (only where their words stand together): every word of the query's proximity
 * phrase is also a term of the query on its own, and marked wherever it occurs, so strict phrase handling changed no
 * snippet and cost a span query per hit.
 */
final class SnippetHighlighter extends UnifiedHighlighter {
    private static final int PASSAGES_PER_HIT = 2;
    private static final int MAX_ANALYZED_CHARS = 100_000;

    private final Map<Integer, String> bodies;
    private final KnownTermStates known;

    /**
     * @param bodies the stored body of every document to highlight, read with the hit's other stored fields
     * @param known  the term states of the query highlighted, for positioning on its terms
     */
    SnippetHighlighter(IndexSearcher searcher, Analyzer indexAnalyzer, Map<Integer, String> bodies,
                       KnownTermStates known) {
        super(builder(searcher, indexAnalyzer)
                .withFormatter(new EscapingPassageFormatter())
                .withScorer(new CompactPassageScorer())
                .withWeightMatches(false)
                .withHighlightPhrasesStrictly(false)
                .withMaxLength(MAX_ANALYZED_CHARS));
        this.bodies = bodies;
        this.known = known;
    }

    /** The bodies given, instead of a second decompression of each hit's stored fields. */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                                                   int cacheCharsThreshold) throws IOException {
        if (fields.length != 1 || !IndexSchema.BODY.equals(fields[0])) {
            return super.loadFieldValues(fields, docIter, cacheCharsThreshold);
        }
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            values.add(new CharSequence[] {bodies.getOrDefault(doc, "")});
        }
        return values;
    }

    /** Plain terms' offsets with one postings list per term for the whole page ({@link PagePostingsOffsets}). */
    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource, UHComponents components) {
        return offsetSource == OffsetSource.POSTINGS && PagePostingsOffsets.suits(components)
                ? new PagePostingsOffsets(components, searcher.getIndexReader().leaves(), known)
                : super.getOffsetStrategy(offsetSource, components);
    }

    /** Per document (in the order given) its snippets. */
    List<List<String>> snippets(Query query, int[] docIds) throws IOException {
        if (docIds.length == 0) {
            return List.of();
        }
        Object[] perDoc = highlightFieldsAsObjects(new String[] {IndexSchema.BODY}, query, docIds,
                new int[] {PASSAGES_PER_HIT}).get(IndexSchema.BODY);
        List<List<String>> result = new ArrayList<>(docIds.length);
        for (Object snippets : perDoc) {
            result.add(snippets instanceof String[] passages
                    ? Arrays.stream(passages).filter(passage -> !passage.isBlank()).toList()
                    : List.of());
        }
        return result;
    }
}
