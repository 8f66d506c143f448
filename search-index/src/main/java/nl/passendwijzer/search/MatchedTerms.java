package nl.passendwijzer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Which of a query's terms each shown hit contains, and in which text fields: the "gevonden in" and the synonyms of
 * a hit's explanation.
 *
 * <p>One postings list per term and field is walked over the hits in document order. The Matches API answered the
 * same per hit and per term, rebuilding positions for each of the hundred field terms of a synonym-expanded query,
 * which cost more than ranking a simple query.
 */
final class MatchedTerms {
    /** @param fields text fields with a query term, in {@link IndexSchema#TEXT_FIELDS} order */
    record Found(List<String> fields, Set<String> terms) {
        static final Found NOTHING = new Found(List.of(), Set.of());
    }

    private MatchedTerms() {
    }

    /** Per document id of {@code docs}, what of {@code query} it contains. */
    static Map<Integer, Found> in(IndexSearcher searcher, Query query, KnownTermStates known, int[] docs)
            throws IOException {
        Map<String, Set<Term>> termsByField = new HashMap<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                for (Term term : terms) {
                    termsByField.computeIfAbsent(term.field(), field -> new HashSet<>()).add(term);
                }
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return occur == Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }
        });
        int[] sorted = docs.clone();
        Arrays.sort(sorted);
        Map<Integer, Set<String>> fields = new HashMap<>();
        Map<Integer, Set<String>> terms = new HashMap<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        PostingsEnum postings = null;
        for (LeafReaderContext leaf : leaves) {
            int from = lowerBound(sorted, leaf.docBase);
            int to = lowerBound(sorted, leaf.docBase + leaf.reader().maxDoc());
            if (from == to) {
                continue;
            }
            for (IndexSchema.WeightedField field : IndexSchema.TEXT_FIELDS) {
                Terms fieldTerms = leaf.reader().terms(field.name());
                if (fieldTerms == null) {
                    continue;
                }
                TermsEnum termsEnum = fieldTerms.iterator();
                for (Term term : termsByField.getOrDefault(field.name(), Set.of())) {
                    if (!known.seek(termsEnum, term, leaf)) {
                        continue;
                    }
                    postings = termsEnum.postings(postings, PostingsEnum.NONE);
                    for (int i = from; i < to; i++) {
                        int target = sorted[i] - leaf.docBase;
                        int at = postings.docID() < target ? postings.advance(target) : postings.docID();
                        if (at == PostingsEnum.NO_MORE_DOCS) {
                            break;
                        }
                        if (at == target) {
                            fields.computeIfAbsent(sorted[i], doc -> new HashSet<>()).add(field.name());
                            terms.computeIfAbsent(sorted[i], doc -> new HashSet<>()).add(term.text());
                        }
                    }
                }
            }
        }
        Map<Integer, Found> found = new HashMap<>();
        for (int doc : docs) {
            Set<String> docFields = fields.getOrDefault(doc, Set.of());
            List<String> ordered = new ArrayList<>();
            IndexSchema.TEXT_FIELDS.stream().map(IndexSchema.WeightedField::name).filter(docFields::contains)
                    .forEach(ordered::add);
            found.put(doc, new Found(List.copyOf(ordered), Set.copyOf(terms.getOrDefault(doc, Set.of()))));
        }
        return found;
    }

    /** The first index in {@code sorted} holding a value of at least {@code value}. */
    private static int lowerBound(int[] sorted, int value) {
        int at = Arrays.binarySearch(sorted, value);
        if (at < 0) {
            return -at - 1;
        }
        while (at > 0 && sorted[at - 1] == value) {
            at--;
        }
        return at;
    }
}
