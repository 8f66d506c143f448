package nl.passendwijzer.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * Per document the factor its text score is multiplied by: the prior of its {@link TypeBlock}, and for an article
 * in the preferred doelgroep's version a further factor. The block of a document follows from its id (blocks are
 * ranges, see {@link TypeBlock}); the doelgroep from the postings of its term, read in document order.
 */
final class TypePriors extends DoubleValuesSource {
    private final float articlePrior;
    private final float schoolPrior;
    private final Term preferredDoelgroep;
    private final float doelgroepPrior;

    TypePriors(float articlePrior, float schoolPrior, Term preferredDoelgroep, float doelgroepPrior) {
        this.articlePrior = articlePrior;
        this.schoolPrior = schoolPrior;
        this.preferredDoelgroep = preferredDoelgroep;
        this.doelgroepPrior = doelgroepPrior;
    }

    @Override
    public DoubleValues getValues(LeafReaderContext context, DoubleValues scores) throws IOException {
        TypeBlock.Range articles = TypeBlock.ARTICLES.in(context.reader());
        TypeBlock.Range schools = TypeBlock.SCHOOLS.in(context.reader());
        DocIdSetIterator preferred = postings(context);
        return new DoubleValues() {
            private int doc = -1;

            @Override
            public double doubleValue() throws IOException {
                if (schools.contains(doc)) {
                    return schoolPrior;
                }
                if (!articles.contains(doc)) {
                    return 1;
                }
                if (preferred.docID() < doc) {
                    preferred.advance(doc);
                }
                return preferred.docID() == doc ? articlePrior * doelgroepPrior : articlePrior;
            }

            @Override
            public boolean advanceExact(int target) {
                doc = target;
                return true;
            }
        };
    }

    private DocIdSetIterator postings(LeafReaderContext context) throws IOException {
        Terms terms = context.reader().terms(preferredDoelgroep.field());
        if (terms == null) {
            return DocIdSetIterator.empty();
        }
        TermsEnum termsEnum = terms.iterator();
        return termsEnum.seekExact(preferredDoelgroep.bytes())
                ? termsEnum.postings(null, PostingsEnum.NONE)
                : DocIdSetIterator.empty();
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext context) {
        return false;
    }

    @Override
    public String toString() {
        return "TypePriors(article=" + articlePrior + ", school=" + schoolPrior + ", " + preferredDoelgroep + "×"
                + doelgroepPrior + ")";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TypePriors priors && priors.articlePrior == articlePrior
                && priors.schoolPrior == schoolPrior && priors.preferredDoelgroep.equals(preferredDoelgroep)
                && priors.doelgroepPrior == doelgroepPrior;
    }

    @Override
    public int hashCode() {
        return Objects.hash(articlePrior, schoolPrior, preferredDoelgroep, doelgroepPrior);
    }
}
