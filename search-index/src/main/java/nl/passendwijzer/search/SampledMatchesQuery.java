package nl.passendwijzer.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * The documents counting collected ({@link MatchSample}): every match, or for a broad query every article and school
 * match and a random sample of the sections. As a filter it lets ranking score exactly those documents, jumping from one to the next,
 * instead of matching the whole query, its facet filters and radius once more. Valid only for the searcher the
 * sample was taken with; never equal to another instance, so no cache keeps it.
 */
final class SampledMatchesQuery extends Query {
    private final MatchSample sample;

    SampledMatchesQuery(MatchSample sample) {
        this.sample = sample;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                for (MatchSample.Leaf leaf : sample.leaves()) {
                    if (leaf.context().reader() == context.reader()) {
                        return leaf.size() == 0 ? null : new DefaultScorerSupplier(
                                new ConstantScoreScorer(score(), scoreMode, iterator(leaf.docs(), 0, leaf.size())));
                    }
                }
                return null;
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    /** Walks {@code docs[from, to)}, which are increasing. */
    private static DocIdSetIterator iterator(int[] docs, int from, int to) {
        return new DocIdSetIterator() {
            private int index = from - 1;
            private int doc = -1;

            @Override
            public int docID() {
                return doc;
            }

            @Override
            public int nextDoc() {
                index++;
                return doc = index < to ? docs[index] : NO_MORE_DOCS;
            }

            @Override
            public int advance(int target) {
                index = lowerBound(docs, index + 1, to, target);
                return doc = index < to ? docs[index] : NO_MORE_DOCS;
            }

            @Override
            public long cost() {
                return to - from;
            }
        };
    }

    /** The first index in {@code docs[from, to)} whose value is at least {@code target}, else {@code to}. */
    private static int lowerBound(int[] docs, int from, int to, int target) {
        int at = Arrays.binarySearch(docs, from, to, target);
        return at >= 0 ? at : -at - 1;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "SampledMatches";
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
