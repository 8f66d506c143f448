package nl.passendwijzer.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * The documents {@link NearbyArea#contains(long)} accepts, checked on their location doc values; meant to follow
 * the area's box query in a conjunction, which leads ({@link NearbyArea#query()}).
 */
final class WithinAreaQuery extends Query {
    private final NearbyArea area;

    WithinAreaQuery(NearbyArea area) {
        this.area = area;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                SortedNumericDocValues locations = context.reader().getSortedNumericDocValues(IndexSchema.LOCATION);
                if (locations == null) {
                    return null;
                }
                TwoPhaseIterator within = new TwoPhaseIterator(locations) {
                    @Override
                    public boolean matches() throws IOException {
                        return area.contains(locations.nextValue());
                    }

                    @Override
                    public float matchCost() {
                        return 20;
                    }
                };
                return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, within));
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
        return "WithinArea(" + area + ")";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WithinAreaQuery within && within.area.equals(area);
    }

    @Override
    public int hashCode() {
        return area.hashCode();
    }
}
