package nl.passendwijzer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
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
        return new PreparedTerms(searcher).rewrite(query);
    }

    private Query rewrite(Query query) {
        return switch (query) {
            case TermQuery term -> new TermQuery(term.getTerm(), states.computeIfAbsent(term.getTerm(), this::lookUp));
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

    private TermStates lookUp(Term term) {
        try {
            return TermStates.build(searcher, term, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
