package nl.passendwijzer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * The query terms' offsets from the postings, as Lucene's postings strategy reads them, with one postings list per
 * term and segment for all documents of a page instead of a term lookup and a new postings list per term and document:
 * the highlighter asks for documents in increasing order, so each list only moves forward. Those per-document lists
 * were the largest single share of what a search allocated.
 *
 * <p>Only for plain terms (no phrases highlighted strictly, no multi-term queries, no weight matching), which is how
 * {@link SnippetHighlighter} highlights.
 */
final class PagePostingsOffsets extends FieldOffsetStrategy {
    private final BytesRef[] terms;
    private final PostingsEnum[] postings;
    private final List<LeafReaderContext> leaves;
    private final KnownTermStates known;
    private LeafReader segment;
    private int lastDoc = -1;

    /**
     * @param leaves the segments of the searcher highlighted with
     * @param known  the term states of the query highlighted, if it was prepared for that searcher
     */
    PagePostingsOffsets(UHComponents components, List<LeafReaderContext> leaves, KnownTermStates known) {
        super(components);
        this.terms = components.terms();
        this.postings = new PostingsEnum[terms.length];
        this.leaves = leaves;
        this.known = known;
    }

    /** Whether these components ask for nothing but the offsets of plain terms. */
    static boolean suits(UHComponents components) {
        return !components.highlightFlags().contains(UnifiedHighlighter.HighlightFlag.WEIGHT_MATCHES)
                && !components.phraseHelper().hasPositionSensitivity()
                && components.automata().length == 0;
    }

    @Override
    public UnifiedHighlighter.OffsetSource getOffsetSource() {
        return UnifiedHighlighter.OffsetSource.POSTINGS;
    }

    @Override
    public OffsetsEnum getOffsetsEnum(LeafReader reader, int doc, String content) throws IOException {
        if (reader != segment || doc <= lastDoc) {
            open(reader);
        }
        lastDoc = doc;
        List<OffsetsEnum> found = new ArrayList<>();
        for (int i = 0; i < terms.length; i++) {
            PostingsEnum list = postings[i];
            if (list == null) {
                continue;
            }
            int at = list.docID() < doc ? list.advance(doc) : list.docID();
            if (at == doc) {
                found.add(new OffsetsEnum.OfPostings(terms[i], list));
            } else if (at == DocIdSetIterator.NO_MORE_DOCS) {
                postings[i] = null;
            }
        }
        return switch (found.size()) {
            case 0 -> OffsetsEnum.EMPTY;
            case 1 -> found.get(0);
            default -> new OffsetsEnum.MultiOffsetsEnum(found);
        };
    }

    private void open(LeafReader reader) throws IOException {
        segment = reader;
        lastDoc = -1;
        LeafReaderContext leaf = leaves.stream().filter(context -> context.reader() == reader).findFirst()
                .orElse(reader.getContext());
        Terms fieldTerms = reader.terms(getField());
        TermsEnum termsEnum = fieldTerms == null ? null : fieldTerms.iterator();
        for (int i = 0; i < terms.length; i++) {
            postings[i] = termsEnum != null && known.seek(termsEnum, new Term(getField(), terms[i]), leaf)
                    ? termsEnum.postings(null, PostingsEnum.OFFSETS)
                    : null;
        }
    }
}
