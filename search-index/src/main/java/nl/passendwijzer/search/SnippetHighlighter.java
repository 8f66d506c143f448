package nl.passendwijzer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Escaped body snippets with {@code <mark>}ed matches, read from the offsets stored in the postings.
 *
 * <p>Weight matching is off: with it, the highlighter rewrites the whole user query and builds a new Weight for every
 * hit (a synonym- and compound-expanded query over three fields), which made highlighting a third of the search
 * time. Term-based highlighting reads the same postings offsets; phrases are still marked only where they occur as
 * phrases (PhraseHelper).
 */
final class SnippetHighlighter extends UnifiedHighlighter {
    private static final int PASSAGES_PER_HIT = 2;
    private static final int MAX_ANALYZED_CHARS = 100_000;

    SnippetHighlighter(IndexSearcher searcher, Analyzer indexAnalyzer) {
        super(builder(searcher, indexAnalyzer)
                .withFormatter(new EscapingPassageFormatter())
                .withWeightMatches(false)
                .withMaxLength(MAX_ANALYZED_CHARS));
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
