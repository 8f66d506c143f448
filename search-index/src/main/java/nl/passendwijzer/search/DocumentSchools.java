package nl.passendwijzer.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * The school every document of one index state belongs to (a school's own document and its sections), as a number
 * per school, by global document id. Spreading a ranking over schools looked up each ranked hit's school key in the
 * doc values' compressed terms dictionary; 4 bytes a document (1 MB for the national corpus), read once per index state.
 */
final class DocumentSchools {
    static final int NONE = -1;

    private final int[] schoolOfDoc;

    private DocumentSchools(int[] schoolOfDoc) {
        this.schoolOfDoc = schoolOfDoc;
    }

    static DocumentSchools of(IndexReader reader) throws IOException {
        int[] schoolOfDoc = new int[reader.maxDoc()];
        Arrays.fill(schoolOfDoc, NONE);
        Map<BytesRef, Integer> numbers = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues values = leaf.reader().getSortedDocValues(IndexSchema.SCHOOL_KEY);
            if (values == null) {
                continue;
            }
            int[] numberOfOrd = new int[values.getValueCount()];
            for (int ord = 0; ord < numberOfOrd.length; ord++) {
                numberOfOrd[ord] = numbers.computeIfAbsent(BytesRef.deepCopyOf(values.lookupOrd(ord)),
                        key -> numbers.size());
            }
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                schoolOfDoc[leaf.docBase + doc] = numberOfOrd[values.ordValue()];
            }
        }
        return new DocumentSchools(schoolOfDoc);
    }

    /** The number of the school of {@code doc} (global id), or {@link #NONE} for an article. */
    int of(int doc) {
        return schoolOfDoc[doc];
    }
}
