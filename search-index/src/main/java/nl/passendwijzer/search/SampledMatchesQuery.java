package nl.passendwijzer.search;

import java.util.Arrays;
import java.util.Optional;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The documents counting collected ({@link MatchSample}): every match, or for a broad query every article and school
 * match and a random sample of the sections. As a filter it lets ranking score exactly those documents, jumping from
 * one to the next, instead of matching the whole query, its facet filters and radius once more. Valid only for the
 * searcher the sample was taken with; equal only to itself.
 */
final class SampledMatchesQuery extends DocumentSetQuery {
    private final MatchSample sample;

    SampledMatchesQuery(MatchSample sample) {
        this.sample = sample;
    }

    @Override
    Optional<DocIdSetIterator> documents(LeafReaderContext context) {
        for (MatchSample.Leaf leaf : sample.leaves()) {
            if (leaf.context().reader() == context.reader()) {
                return leaf.size() == 0 ? Optional.empty() : Optional.of(iterator(leaf.docs(), leaf.size()));
            }
        }
        return Optional.empty();
    }

    /** Walks {@code docs[0, to)}, which are increasing. */
    private static DocIdSetIterator iterator(int[] docs, int to) {
        return new DocIdSetIterator() {
            private int index = -1;
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
                return to;
            }
        };
    }

    /** The first index in {@code docs[from, to)} whose value is at least {@code target}, else {@code to}. */
    private static int lowerBound(int[] docs, int from, int to, int target) {
        int at = Arrays.binarySearch(docs, from, to, target);
        return at >= 0 ? at : -at - 1;
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
