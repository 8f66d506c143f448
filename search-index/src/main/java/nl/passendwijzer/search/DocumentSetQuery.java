package nl.passendwijzer.search;

import java.io.IOException;
import java.util.Optional;
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
 * A filter whose documents per segment are known without matching anything: a range or a list of document ids.
 * Never cached: the sets are cheaper to walk than to cache, and some are valid for one searcher only.
 */
abstract class DocumentSetQuery extends Query {

    /** The documents of this segment in increasing order; empty when there are none. */
    abstract Optional<DocIdSetIterator> documents(LeafReaderContext context) throws IOException;

    @Override
    public final Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                Optional<DocIdSetIterator> documents = documents(context);
                return documents.isEmpty() ? null
                        : new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, documents.get()));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    @Override
    public final void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }
}
