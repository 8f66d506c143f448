package nl.passendwijzer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.MultiDocValues.MultiSortedSetDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.IntroSorter;
import org.apache.lucene.util.LongValues;

/**
 * The total and the facet counts of a query, with multi-select ("sideways") semantics, at a bounded cost.
 *
 * <p>A dimension without a selection is counted over the matches of the full query; a dimension with a selection is
 * counted over the matches of the query without that dimension's own filter, so its other values keep their counts
 * (what {@code DrillSideways} does). Each such sideways pass only matches, it never scores, and there is one per
 * selected dimension only.
 *
 * <p>Counting is exact up to about {@link SearchConfig#sampleSize()} matching sections (articles and schools are always
 * counted in full). Broad queries ("ondersteuningsprofiel" matches more than half of the index) are matched only until
 * that many sections are seen, over a random sample of the sections ({@link MatchSample}); total and counts are then
 * scaled up, counts capped by the value's document frequency, and both are flagged approximate: a count like
 * "ca. 12.000" tells a parent no less than the exact figure, and matching and counting every one of 150,000 matches
 * cost most of a search's CPU. The sample is fixed by the index order, so the same query on the same index always shows
 * the same counts. Rare values may be missing from a sampled list; a selected value is always listed.
 */
final class MultiSelectFacets {
    private static final int MAX_FACET_VALUES = 100;

    private final FacetsConfig config;
    private final int sampleSize;
    private final FacetSignatures signatures =
            new FacetSignatures(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, IndexSchema.TYPE_FACET);
    private volatile ReaderValues readerValues = new ReaderValues(null, new String[0], new long[0], new int[0][]);

    /**
     * Per global ordinal of one reader's facet state: the value's label and its number of documents (which caps an
     * estimated count). Looked up once per reader, not once per search for the hundred values shown per dimension.
     */
    private record ReaderValues(SortedSetDocValuesReaderState state, String[] labels, long[] documents,
                                int[][] globalOrdinals) {
        /** Per segment ordinal of a leaf of this reader the reader's global one. */
        int[] toGlobal(LeafReaderContext leaf) {
            return globalOrdinals[leaf.ord];
        }
    }

    /**
     * The number of matches and the counts per dimension (display order), and whether each was estimated.
     *
     * @param matches the matches counted (with every selection applied), for ranking to score the same documents
     * @param byScore the same matches in ranking order, once they are ranked more than once
     */
    record Counts(long total, boolean totalApproximate, Map<String, List<FacetCount>> facets, boolean approximate,
                  MatchSample matches, ScoreOrder byScore) {
        Counts(long total, boolean totalApproximate, Map<String, List<FacetCount>> facets, boolean approximate,
               MatchSample matches) {
            this(total, totalApproximate, facets, approximate, matches, new ScoreOrder(matches));
        }
    }

    /**
     * @param sampleSize up to about this many matching sections the counts are exact; above it, this is the size of
     *                   the sample ({@link SearchConfig#sampleSize()})
     */
    MultiSelectFacets(FacetsConfig config, int sampleSize) {
        this.config = config;
        this.sampleSize = sampleSize;
    }

    /** Up to about this many matching sections the counts are exact; above it, this is the size of the sample. */
    int sampleSize() {
        return sampleSize;
    }

    /** The base query narrowed by every selection (OR within a dimension, AND across), except {@code without}'s. */
    Query drillDown(Query base, Map<String, Set<String>> selected, Optional<String> without) {
        DrillDownQuery drillDown = new DrillDownQuery(config, base);
        selected.forEach((dimension, values) -> {
            if (without.filter(dimension::equals).isEmpty()) {
                values.forEach(value -> drillDown.add(dimension, value));
            }
        });
        return drillDown;
    }

    /**
     * The total of {@code base} narrowed by all selections, and counts for every dimension: over those matches for
     * dimensions without a selection, from a sideways pass for each dimension with one.
     *
     * @param base the query that decides what matches (no scoring needed)
     */
    Counts count(IndexSearcher searcher, SortedSetDocValuesReaderState state, Query base,
                 Map<String, Set<String>> selected) throws IOException {
        return count(searcher, state, base, Optional.empty(), selected);
    }

    /**
     * As {@link #count(IndexSearcher, SortedSetDocValuesReaderState, Query, Map)}, with the matches scored by
     * {@code scoring} (which must match what {@code base} matches) in the same pass.
     */
    Counts count(IndexSearcher searcher, SortedSetDocValuesReaderState state, Query base, Optional<Query> scoring,
                 Map<String, Set<String>> selected) throws IOException {
        MatchSample matches = searcher.search(drillDown(scoring.orElse(base), selected, Optional.empty()),
                MatchSample.manager(sampleSize, searcher.getIndexReader(), scoring.isPresent()));
        return count(searcher, state, base, selected, matches);
    }

    /**
     * As {@link #count(IndexSearcher, SortedSetDocValuesReaderState, Query, Map)}, over the matches of {@code base}
     * with every selection applied that were already collected ({@link LocatedMatches}).
     */
    Counts count(IndexSearcher searcher, SortedSetDocValuesReaderState state, Query base,
                 Map<String, Set<String>> selected, MatchSample matches) throws IOException {
        return count(state, selected, matches, matchingAgain(searcher, base));
    }

    /** What {@code base} matches with a selection, matched for each selection asked for. */
    Matching matchingAgain(IndexSearcher searcher, Query base) {
        return other -> sample(searcher, drillDown(base, other, Optional.empty()));
    }

    /** What {@code base} matches with another facet selection: for the sideways counts of a selected dimension. */
    @FunctionalInterface
    interface Matching {
        MatchSample matches(Map<String, Set<String>> selected) throws IOException;
    }

    /**
     * The counts over {@code matches} (collected with every selection applied), a selected dimension's over what
     * {@code sideways} gives for the selection without that dimension.
     */
    Counts count(SortedSetDocValuesReaderState state, Map<String, Set<String>> selected, MatchSample matches,
                 Matching sideways) throws IOException {
        ReaderValues values = readerValues(state);
        boolean approximate = matches.sampled();
        OrdinalCounts drillDownCounts = new OrdinalCounts(state, values, matches);
        Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
        for (String dimension : IndexSchema.FACET_DIMENSIONS) {
            Set<String> chosen = selected.getOrDefault(dimension, Set.of());
            OrdinalCounts dimensionCounts = drillDownCounts;
            if (!chosen.isEmpty()) {
                Map<String, Set<String>> others = new LinkedHashMap<>(selected);
                others.remove(dimension);
                MatchSample without = sideways.matches(others);
                approximate |= without.sampled();
                dimensionCounts = new OrdinalCounts(state, values, without);
            }
            Set<String> seen = new HashSet<>();
            List<FacetCount> shown = new ArrayList<>();
            for (FacetCount value : dimensionCounts.top(dimension, chosen, values)) {
                shown.add(value);
                seen.add(value.value());
            }
            chosen.stream().filter(value -> !seen.contains(value)).sorted()
                    .forEach(value -> shown.add(new FacetCount(value, 0, true)));
            if (!shown.isEmpty()) {
                counts.put(dimension, List.copyOf(shown));
            }
        }
        long total = matches.sampled() ? twoSignificantDigits(matches.total()) : matches.total();
        return new Counts(total, matches.sampled(), counts, approximate, matches);
    }

    /** An estimate shown as "ca. 150.000", not as a count that pretends to be exact. */
    static long twoSignificantDigits(long estimate) {
        long unit = 1;
        while (estimate / unit >= 100) {
            unit *= 10;
        }
        return Math.round(estimate / (double) unit) * unit;
    }

    private MatchSample sample(IndexSearcher searcher, Query query) throws IOException {
        return searcher.search(query, MatchSample.manager(sampleSize, searcher.getIndexReader()));
    }

    /** Counts per global facet ordinal over a sample, each match weighted by what it stands for. */
    private final class OrdinalCounts {
        private final SortedSetDocValuesReaderState state;
        private final double[] counts;
        private final boolean sampled;

        OrdinalCounts(SortedSetDocValuesReaderState state, ReaderValues values, MatchSample sample) {
            this.state = state;
            this.counts = new double[state.getSize()];
            this.sampled = sample.sampled();
            for (MatchSample.Leaf leaf : sample.leaves()) {
                FacetSignatures.Segment segment = signatures.of(leaf.context());
                // Count the matches per distinct ordinal set first, then spread those counts over the ordinals; only
                // the sets some match has are visited.
                SignatureScratch scratch = SignatureScratch.of(segment.signatureCount());
                double[] perSignature = scratch.perSignature;
                double[] perSlot = new double[1 << FacetSignatures.SLOT_BITS];
                int[] touched = scratch.touched;
                int touchedCount = 0;
                int[] codeOfDoc = segment.codeOfDoc();
                int[] docs = leaf.docs();
                double sectionWeight = leaf.sectionWeight();
                TypeBlock.Range sections = leaf.sections();
                for (int i = 0; i < leaf.size(); i++) {
                    int code = codeOfDoc[docs[i]];
                    if (code >= 0) {
                        int signature = code >>> FacetSignatures.SLOT_BITS;
                        double weight = sections.contains(docs[i]) ? sectionWeight : 1;
                        if (perSignature[signature] == 0) {
                            touched[touchedCount++] = signature;
                        }
                        perSignature[signature] += weight;
                        perSlot[code & ((1 << FacetSignatures.SLOT_BITS) - 1)] += weight;
                    }
                }
                int[] toGlobal = values.toGlobal(leaf.context());
                int[] ordinals = segment.ordinals();
                int[] starts = segment.starts();
                for (int t = 0; t < touchedCount; t++) {
                    int signature = touched[t];
                    double matches = perSignature[signature];
                    perSignature[signature] = 0;
                    for (int at = starts[signature], end = starts[signature + 1]; at < end; at++) {
                        counts[toGlobal[ordinals[at]]] += matches;
                    }
                }
                for (int slot = 1; slot < perSlot.length; slot++) {
                    if (perSlot[slot] > 0) {
                        counts[toGlobal[segment.slotStart() + slot - 1]] += perSlot[slot];
                    }
                }
            }
        }

        /** The most frequent values of a dimension (ties in label order); estimates rounded and capped. */
        List<FacetCount> top(String dimension, Set<String> chosen, ReaderValues values) {
            OrdRange range = state.getOrdRange(dimension);
            if (range == null) {
                return List.of();
            }
            int[] ords = new int[range.end() - range.start() + 1];
            int size = 0;
            for (int ord = range.start(); ord <= range.end(); ord++) {
                if (counts[ord] > 0) {
                    ords[size++] = ord;
                }
            }
            sortByCountDescending(ords, size);
            List<FacetCount> top = new ArrayList<>();
            for (int i = 0; i < Math.min(MAX_FACET_VALUES, size); i++) {
                int ord = ords[i];
                long count = Math.round(counts[ord]);
                if (sampled) {
                    count = Math.min(count, values.documents()[ord]);
                }
                String value = values.labels()[ord];
                top.add(new FacetCount(value, Math.max(1, count), chosen.contains(value)));
            }
            return top;
        }

        /** Highest count first, ties in ordinal (label) order; on primitives, as a dimension may have hundreds. */
        private void sortByCountDescending(int[] ords, int size) {
            new IntroSorter() {
                private int pivot;

                @Override
                protected void swap(int i, int j) {
                    int swapped = ords[i];
                    ords[i] = ords[j];
                    ords[j] = swapped;
                }

                @Override
                protected void setPivot(int i) {
                    pivot = ords[i];
                }

                @Override
                protected int comparePivot(int j) {
                    return compareOrds(pivot, ords[j]);
                }

                @Override
                protected int compare(int i, int j) {
                    return compareOrds(ords[i], ords[j]);
                }
            }.sort(0, size);
        }

        private int compareOrds(int a, int b) {
            int byCount = Double.compare(counts[b], counts[a]);
            return byCount != 0 ? byCount : Integer.compare(a, b);
        }
    }

    /**
     * A thread's per-signature counts, all zero between counts: a count touches few of a segment's signatures (one per
     * school: thousands on the national corpus), so it clears what it touched instead of allocating and zeroing
     * arrays for all of them, which cost more than the counting.
     */
    private static final class SignatureScratch {
        private static final ThreadLocal<SignatureScratch> OF_THREAD = ThreadLocal.withInitial(SignatureScratch::new);

        private double[] perSignature = new double[0];
        private int[] touched = new int[0];

        static SignatureScratch of(int signatures) {
            SignatureScratch scratch = OF_THREAD.get();
            if (scratch.perSignature.length < signatures) {
                scratch.perSignature = new double[signatures];
                scratch.touched = new int[signatures];
            }
            return scratch;
        }
    }

    private ReaderValues readerValues(SortedSetDocValuesReaderState state) throws IOException {
        ReaderValues current = readerValues;
        if (current.state() != state) {
            SortedSetDocValues global = state.getDocValues();
            String[] labels = new String[state.getSize()];
            for (int ord = 0; ord < labels.length; ord++) {
                labels[ord] = FacetsConfig.stringToPath(global.lookupOrd(ord).utf8ToString())[1];
            }
            long[] documents = new long[state.getSize()];
            OrdinalMap ordinalMap = global instanceof MultiSortedSetDocValues multi ? multi.mapping : null;
            List<LeafReaderContext> leaves = state.getReader().leaves();
            int[][] globalOrdinals = new int[leaves.size()][];
            for (LeafReaderContext leaf : leaves) {
                int[] perOrdinal = signatures.of(leaf).documentsPerOrdinal();
                LongValues toGlobal = ordinalMap == null ? LongValues.IDENTITY : ordinalMap.getGlobalOrds(leaf.ord);
                globalOrdinals[leaf.ord] = new int[perOrdinal.length];
                for (int ord = 0; ord < perOrdinal.length; ord++) {
                    globalOrdinals[leaf.ord][ord] = (int) toGlobal.get(ord);
                    documents[globalOrdinals[leaf.ord][ord]] += perOrdinal[ord];
                }
            }
            current = new ReaderValues(state, labels, documents, globalOrdinals);
            readerValues = current;
        }
        return current;
    }
}
