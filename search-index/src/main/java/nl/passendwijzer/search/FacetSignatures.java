package nl.passendwijzer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * The facet ordinals of every document, per segment, as a table of the distinct ordinal sets ("signatures").
 *
 * <p>A section carries all facet values of its school: the hundred sections of one school share one set of some
 * forty ordinals. Reading those from doc values for each match costs a decode and a lookup per ordinal; here a match
 * costs one array read, and each distinct set is expanded once per count. The value of one small dimension (the
 * document type) is kept apart, next to the signature, so a school and its sections share one signature. Built once
 * per segment (a few tens of milliseconds for the national index) and dropped with it; a few megabytes of heap for
 * 240,000 documents.
 */
final class FacetSignatures {
    private final String field;
    private final String apartDimension;
    private final Map<IndexReader.CacheKey, Segment> segments = new ConcurrentHashMap<>();

    /** Values of the dimension kept apart, per segment: {@link #SLOT_BITS} bits of a document's code. */
    static final int SLOT_BITS = 3;
    private static final int MAX_SLOTS = (1 << SLOT_BITS) - 1;

    /**
     * @param codeOfDoc           per document {@code signature << SLOT_BITS | slot}, -1 without facet values; slot 0
     *                            means no value of the dimension kept apart, slot {@code k} its ordinal
     *                            {@code slotStart + k - 1}
     * @param slotStart           the first segment ordinal of the dimension kept apart
     * @param ordinals            the distinct sets of segment ordinals one after another: signature {@code s} is
     *                            {@code ordinals[starts[s]..starts[s + 1])}
     * @param starts              where each signature starts in {@code ordinals}, and one more entry for the end
     * @param documentsPerOrdinal per segment ordinal the number of documents with that value (deleted ones too)
     */
    record Segment(int[] codeOfDoc, int slotStart, int[] ordinals, int[] starts, int[] documentsPerOrdinal) {
        int signatureCount() {
            return starts.length - 1;
        }

        int valueCount() {
            return documentsPerOrdinal.length;
        }
    }

    /**
     * @param field          the facet field
     * @param apartDimension a dimension with at most {@value #MAX_SLOTS} values and one per document, kept out of
     *                       the signatures
     */
    FacetSignatures(String field, String apartDimension) {
        this.field = field;
        this.apartDimension = apartDimension;
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
            int[] slots = apartOrdinals(reader);
            int slotStart = slots[0];
            int slotEnd = slots[1] - slots[0] <= MAX_SLOTS ? slots[1] : slots[0];
            SortedSetDocValues values = DocValues.getSortedSet(reader, field);
            int[] codeOfDoc = new int[reader.maxDoc()];
            Arrays.fill(codeOfDoc, -1);
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
                int slot = 0;
                int kept = 0;
                for (int i = 0; i < count; i++) {
                    int ord = (int) values.nextOrd();
                    documentsPerOrdinal[ord]++;
                    if (slot == 0 && ord >= slotStart && ord < slotEnd) {
                        slot = ord - slotStart + 1;
                    } else {
                        buffer[kept++] = ord;
                    }
                }
                OrdinalSet set = new OrdinalSet(Arrays.copyOf(buffer, kept));
                Integer id = ids.get(set);
                if (id == null) {
                    id = signatures.size();
                    ids.put(set, id);
                    signatures.add(set.ordinals());
                    ordinalTotal += kept;
                }
                codeOfDoc[doc] = id << SLOT_BITS | slot;
            }
            // One flat array: expanding the signatures a query matched walks memory in one direction.
            int[] ordinals = new int[ordinalTotal];
            int[] starts = new int[signatures.size() + 1];
            for (int signature = 0; signature < signatures.size(); signature++) {
                int[] set = signatures.get(signature);
                System.arraycopy(set, 0, ordinals, starts[signature], set.length);
                starts[signature + 1] = starts[signature] + set.length;
            }
            return new Segment(codeOfDoc, slotStart, ordinals, starts, documentsPerOrdinal);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The segment ordinals {@code [start, end)} of the dimension kept apart (its values sort together). */
    private int[] apartOrdinals(LeafReader reader) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(reader, field);
        long start = values.lookupTerm(new BytesRef(apartDimension + FacetsConfig.DELIM_CHAR));
        long end = values.lookupTerm(new BytesRef(apartDimension + (char) (FacetsConfig.DELIM_CHAR + 1)));
        return new int[] {(int) (start < 0 ? -start - 1 : start), (int) (end < 0 ? -end - 1 : end)};
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
