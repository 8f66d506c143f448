package nl.passendwijzer.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.IOSupplier;

/**
 * The term states a prepared query carries ({@link PreparedTerms}), to position a terms enumeration on a query term
 * without looking it up in the terms dictionary again, and to pass over a segment that lacks it at once. A result
 * page reads the postings of every query term for its hits' snippets and "gevonden in": a hundred lookups per page
 * for a query with synonyms, as much as the rest of a popular search.
 */
final class KnownTermStates {
    private final Map<Term, TermStates> states = new HashMap<>();

    private KnownTermStates() {
    }

    /** The states of {@code query}'s terms that were looked up on the index state of {@code top}. */
    static KnownTermStates of(Query query, IndexReaderContext top) {
        KnownTermStates known = new KnownTermStates();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                if (leaf instanceof TermQuery term && term.getTermStates() != null
                        && term.getTermStates().wasBuiltFor(top)) {
                    known.states.put(term.getTerm(), term.getTermStates());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return known;
    }

    /** Positions {@code termsEnum} (of {@code term}'s field in {@code leaf}) on {@code term}; false if it is not there. */
    boolean seek(TermsEnum termsEnum, Term term, LeafReaderContext leaf) throws IOException {
        TermStates known = states.get(term);
        if (known == null) {
            return termsEnum.seekExact(term.bytes());
        }
        IOSupplier<TermState> supplier = known.get(leaf);
        TermState state = supplier == null ? null : supplier.get();
        if (state == null) {
            return false;
        }
        termsEnum.seekExact(term.bytes(), state);
        return true;
    }
}
