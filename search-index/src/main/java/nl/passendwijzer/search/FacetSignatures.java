package nl.passendwijzer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * The facet ordinals of every document, per segment, as a table of the distinct ordinal sets ("signatures").
 *
 * <p>A section carries all facet values of its school: the hundred sections of one school share one set of some
 * forty ordinals. Reading those from doc values for each match costs a decode and a lookup per ordinal; here a match
 * costs one array read, and each distinct set is expanded once per count. Built once per segment (a few tens of
 * milliseconds for the national index) and dropped with it; a few megabytes of heap for 240,000 documents.
 */
final class FacetSignatures {
    private final String field;
    private final Map<IndexReader.CacheKey, Segment> segments = new ConcurrentHashMap<>();

    /**
     * @param signatureOfDoc      per document its signature, -1 without facet values
     * @param ordinals            the distinct sets of segment ordinals one after another: signature {@code s} is
     *                            {@code ordinals[starts[s]..starts[s + 1])}
     * @param starts              where each signature starts in {@code ordinals}, and one more entry for the end
     * @param documentsPerOrdinal per segment ordinal the number of documents with that value (deleted ones too)
     */
    record Segment(int[] signatureOfDoc, int[] ordinals, int[] starts, int[] documentsPerOrdinal) {
        int signatureCount() {
            return starts.length - 1;
        }

        int valueCount() {
            return documentsPerOrdinal.length;
        }
    }

    FacetSignatures(String field) {
        this.field = field;
    }

    Segment of(LeafReaderContext context) {
        IndexReader.CacheHelper helper = context.reader().getCoreCacheHelper();
        if (helper == null) {
            return build(context.reader());
        }
        return segments.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(segments::remove);
            return build(context.reader());
        });
    }

    private Segment build(LeafReader reader) {
        try {
            SortedSetDocValues values = DocValues.getSortedSet(reader, field);
            int[] signatureOfDoc = new int[reader.maxDoc()];
            Arrays.fill(signatureOfDoc, -1);
            Map<OrdinalSet, Integer> ids = new HashMap<>();
            List<int[]> signatures = new ArrayList<>();
            int ordinalTotal = 0;
            int[] documentsPerOrdinal = new int[(int) values.getValueCount()];
            int[] buffer = new int[16];
            for (int doc = values.nextDoc(); doc != SortedSetDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
                int count = values.docValueCount();
                if (buffer.length < count) {
                    buffer = new int[count];
                }
                for (int i = 0; i < count; i++) {
                    buffer[i] = (int) values.nextOrd();
                    documentsPerOrdinal[buffer[i]]++;
                }
                OrdinalSet set = new OrdinalSet(Arrays.copyOf(buffer, count));
                Integer id = ids.get(set);
                if (id == null) {
                    id = signatures.size();
                    ids.put(set, id);
                    signatures.add(set.ordinals());
                    ordinalTotal += count;
                }
                signatureOfDoc[doc] = id;
            }
            // One flat array: expanding the signatures a query matched walks memory in one direction.
            int[] ordinals = new int[ordinalTotal];
            int[] starts = new int[signatures.size() + 1];
            for (int signature = 0; signature < signatures.size(); signature++) {
                int[] set = signatures.get(signature);
                System.arraycopy(set, 0, ordinals, starts[signature], set.length);
                starts[signature + 1] = starts[signature] + set.length;
            }
            return new Segment(signatureOfDoc, ordinals, starts, documentsPerOrdinal);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record OrdinalSet(int[] ordinals) {
        @Override
        public boolean equals(Object other) {
            return other instanceof OrdinalSet set && Arrays.equals(ordinals, set.ordinals);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ordinals);
        }
    }
}
