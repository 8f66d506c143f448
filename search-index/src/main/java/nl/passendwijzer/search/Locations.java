package nl.passendwijzer.search;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The place of every document of one index state, by global document id, as {@code LatLonDocValuesField} encodes it.
 * Ranking adds closeness for thousands of candidates per search; looking each up in the sparse doc values (articles
 * have no place) was most of that. 8 bytes a document: 2 MB for the national corpus, read once per index state.
 */
final class Locations {
    private final long[] encoded;
    private final FixedBitSet placed;

    private Locations(long[] encoded, FixedBitSet placed) {
        this.encoded = encoded;
        this.placed = placed;
    }

    static Locations of(IndexReader reader) throws IOException {
        long[] encoded = new long[reader.maxDoc()];
        FixedBitSet placed = new FixedBitSet(Math.max(1, reader.maxDoc()));
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedNumericDocValues values = DocValues.getSortedNumeric(leaf.reader(), IndexSchema.LOCATION);
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                encoded[leaf.docBase + doc] = values.nextValue();
                placed.set(leaf.docBase + doc);
            }
        }
        return new Locations(encoded, placed);
    }

    /** The documents of the index state, with a place or not. */
    int maxDoc() {
        return encoded.length;
    }

    boolean has(int doc) {
        return placed.get(doc);
    }

    /** Only for a document that {@link #has} a place. */
    long encoded(int doc) {
        return encoded[doc];
    }
}
