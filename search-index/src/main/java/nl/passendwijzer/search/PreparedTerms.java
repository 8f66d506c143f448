package nl.passendwijzer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * Looks every term of a query up once per search. One search runs the user's query several times (counting, then
 * ranking per {@link TypeBlock}), and a query with synonyms and compound parts holds a hundred field terms: looking
 * them up in every segment for every pass cost more than some of the passes themselves. The prepared query carries
 * the looked-up term states and is only valid for the searcher it was prepared with.
 */
final class PreparedTerms {
    private final IndexSearcher searcher;
    private final Map<Term, TermStates> states = new HashMap<>();

    private PreparedTerms(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    static Query prepare(Query query, IndexSearcher searcher) {
        PreparedTerms prepared = new PreparedTerms(searcher);
        prepared.lookUp(query);
        return prepared.rewrite(query);
    }

    /**
     * Every term of the query, looked up with one terms enumeration per field and segment, in term order: a new
     * enumeration per term (as {@link TermStates#build} makes) allocates its seek frames anew each time.
     */
    private void lookUp(Query query) {
        SortedSet<Term> terms = new TreeSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query leaf, Term... leafTerms) {
                terms.addAll(Arrays.asList(leafTerms));
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        IndexReaderContext top = searcher.getTopReaderContext();
        terms.forEach(term -> states.put(term, new TermStates(top)));
        try {
            for (LeafReaderContext leaf : top.leaves()) {
                String field = null;
                TermsEnum termsEnum = null;
                for (Term term : terms) {
                    if (!term.field().equals(field)) {
                        field = term.field();
                        Terms fieldTerms = leaf.reader().terms(field);
                        termsEnum = fieldTerms == null ? null : fieldTerms.iterator();
                    }
                    if (termsEnum != null && termsEnum.seekExact(term.bytes())) {
                        states.get(term).register(termsEnum.termState(), leaf.ord, termsEnum.docFreq(),
                                termsEnum.totalTermFreq());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query rewrite(Query query) {
        return switch (query) {
            case TermQuery term -> states.containsKey(term.getTerm())
                    ? new TermQuery(term.getTerm(), states.get(term.getTerm()))
                    : term;
            case BoostQuery boost -> new BoostQuery(rewrite(boost.getQuery()), boost.getBoost());
            case DisjunctionMaxQuery max -> new DisjunctionMaxQuery(
                    max.getDisjuncts().stream().map(this::rewrite).toList(), max.getTieBreakerMultiplier());
            case BooleanQuery bool -> {
                BooleanQuery.Builder builder = new BooleanQuery.Builder()
                        .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
                for (BooleanClause clause : bool.clauses()) {
                    builder.add(rewrite(clause.query()), clause.occur());
                }
                yield builder.build();
            }
            default -> query;
        };
    }
}
