package nl.passendwijzer.search;

import java.io.IOException;
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
 * Matches the documents of a {@link TypeBlock}: one range of document ids per segment, so as a filter it costs
 * nothing per document and lets the other clauses jump straight to the block.
 */
final class TypeBlockQuery extends Query {
    private final TypeBlock block;

    TypeBlockQuery(TypeBlock block) {
        this.block = block;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                TypeBlock.Range range = block.in(context.reader());
                if (range.size() == 0) {
                    return null;
                }
                return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode,
                        DocIdSetIterator.range(range.start(), range.end())));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "TypeBlock(" + block + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && ((TypeBlockQuery) other).block == block;
    }

    @Override
    public int hashCode() {
        return classHash() ^ block.hashCode();
    }
}
