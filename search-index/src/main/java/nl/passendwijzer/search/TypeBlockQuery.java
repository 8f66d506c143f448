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
 * Matches the documents of a {@link TypeBlock}, or the first {@code fraction} of them: a block is in random order,
 * so as a filter a fraction draws a random sample of a query's matches in that block at the cost of matching only
 * that share of it.
 */
final class TypeBlockQuery extends Query {
    private final TypeBlock block;
    private final double fraction;

    TypeBlockQuery(TypeBlock block) {
        this(block, 1);
    }

    TypeBlockQuery(TypeBlock block, double fraction) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be in (0, 1]: " + fraction);
        }
        this.block = block;
        this.fraction = fraction;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                TypeBlock.Range range = block.in(context.reader());
                int end = range.start() + (int) Math.min(range.size(), Math.ceil(fraction * range.size()));
                if (end <= range.start()) {
                    return null;
                }
                return new DefaultScorerSupplier(
                        new ConstantScoreScorer(score(), scoreMode, DocIdSetIterator.range(range.start(), end)));
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
        return "TypeBlock(" + block + (fraction < 1 ? ", " + fraction : "") + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && ((TypeBlockQuery) other).block == block
                && ((TypeBlockQuery) other).fraction == fraction;
    }

    @Override
    public int hashCode() {
        return classHash() ^ block.hashCode() ^ Double.hashCode(fraction);
    }
}
