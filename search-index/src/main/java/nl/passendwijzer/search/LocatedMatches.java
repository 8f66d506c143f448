package nl.passendwijzer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Every match of a popular search that has a place, with its score, ordered by latitude: the pass over the matches near
 * an origin ({@link #near}) then looks them up instead of matching the text query once more over the documents around
 * it. Built once per search and index state ({@link IndexStateCache}) with a pass over all matches, which a broad
 * search otherwise never makes; it gives exactly the sample that pass would collect.
 */
final class LocatedMatches {
    private static final int BYTES_PER_MATCH = 4 * Integer.BYTES;

    private final List<LeafReaderContext> leaves;
    private final TypeBlock.Range[] sections;
    private final long allSections;
    private final int[] lat;
    private final int[] lon;
    private final int[] docs;
    private final float[] scores;

    private LocatedMatches(List<LeafReaderContext> leaves, TypeBlock.Range[] sections, long allSections, int[] lat,
                           int[] lon, int[] docs, float[] scores) {
        this.leaves = leaves;
        this.sections = sections;
        this.allSections = allSections;
        this.lat = lat;
        this.lon = lon;
        this.docs = docs;
        this.scores = scores;
    }

    /** @param query the scoring query with the search's facet selection, as the nearby pass runs it */
    static LocatedMatches of(IndexSearcher searcher, Query query) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        TypeBlock.Range[] sections = new TypeBlock.Range[reader.leaves().size()];
        for (LeafReaderContext leaf : reader.leaves()) {
            sections[leaf.ord] = TypeBlock.SECTIONS.in(leaf.reader());
        }
        Collecting collecting = searcher.search(query, new CollectorManager<Collecting, Collecting>() {
            @Override
            public Collecting newCollector() {
                return new Collecting();
            }

            @Override
            public Collecting reduce(Collection<Collecting> collectors) {
                return Collecting.merge(collectors);
            }
        });
        int size = collecting.size;
        long[] byLatitude = new long[size];
        for (int i = 0; i < size; i++) {
            byLatitude[i] = ((long) collecting.lat[i] << 32) | i;
        }
        Arrays.sort(byLatitude);
        int[] lat = new int[size];
        int[] lon = new int[size];
        int[] docs = new int[size];
        float[] scores = new float[size];
        for (int i = 0; i < size; i++) {
            int from = (int) byLatitude[i];
            lat[i] = collecting.lat[from];
            lon[i] = collecting.lon[from];
            docs[i] = collecting.docs[from];
            scores[i] = collecting.scores[from];
        }
        return new LocatedMatches(reader.leaves(), sections, MatchSample.sections(reader), lat, lon, docs, scores);
    }

    /** What {@link MatchSample#manager(int, IndexReader, boolean)} collects of the matches in {@code area}. */
    MatchSample near(NearbyArea area, int quota) {
        int from = firstAtLeast(area.minLatEncoded);
        int[] found = new int[16];
        int count = 0;
        for (int i = from; i < lat.length && lat[i] <= area.maxLatEncoded; i++) {
            if (area.contains(lat[i], lon[i])) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i;
            }
        }
        long[] byDoc = new long[count];
        for (int i = 0; i < count; i++) {
            byDoc[i] = ((long) docs[found[i]] << 32) | found[i];
        }
        Arrays.sort(byDoc);
        List<MatchSample.Leaf> sampled = new ArrayList<>();
        LeafSampler sampler = null;
        int leafIndex = -1;
        for (long entry : byDoc) {
            int doc = (int) (entry >>> 32);
            int at = (int) entry;
            if (leafIndex < 0 || doc >= leafEnd(leafIndex)) {
                if (sampler != null && !sampler.isEmpty()) {
                    sampled.add(sampler.leaf());
                }
                leafIndex = leafOf(doc);
                sampler = new LeafSampler(leaves.get(leafIndex), sections[leafIndex], quota, allSections, true);
            } else if (sampler.full()) {
                continue;
            }
            sampler.add(doc - leaves.get(leafIndex).docBase, scores[at]);
        }
        if (sampler != null && !sampler.isEmpty()) {
            sampled.add(sampler.leaf());
        }
        return new MatchSample(List.copyOf(sampled));
    }

    /** Roughly the memory this takes. */
    long bytes() {
        return (long) docs.length * BYTES_PER_MATCH;
    }

    private int firstAtLeast(int latEncoded) {
        int low = 0;
        int high = lat.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (lat[mid] < latEncoded) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private int leafEnd(int leafIndex) {
        LeafReaderContext leaf = leaves.get(leafIndex);
        return leaf.docBase + leaf.reader().maxDoc();
    }

    private int leafOf(int doc) {
        int leafIndex = 0;
        while (doc >= leafEnd(leafIndex)) {
            leafIndex++;
        }
        return leafIndex;
    }

    /** Every match with a place: its global document id, score and encoded coordinates. */
    private static final class Collecting implements Collector {
        private int[] docs = new int[1024];
        private float[] scores = new float[1024];
        private int[] lat = new int[1024];
        private int[] lon = new int[1024];
        private int size;

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedNumericDocValues locations = DocValues.getSortedNumeric(context.reader(), IndexSchema.LOCATION);
            return new LeafCollector() {
                private Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) {
                    this.scorer = scorer;
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (locations.advanceExact(doc)) {
                        long encoded = locations.nextValue();
                        add(context.docBase + doc, scorer.score(), (int) (encoded >>> 32), (int) encoded);
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }

        static Collecting merge(Collection<Collecting> parts) {
            if (parts.size() == 1) {
                return parts.iterator().next();
            }
            Collecting all = new Collecting();
            for (Collecting part : parts) {
                for (int i = 0; i < part.size; i++) {
                    all.add(part.docs[i], part.scores[i], part.lat[i], part.lon[i]);
                }
            }
            return all;
        }

        private void add(int doc, float score, int latEncoded, int lonEncoded) {
            if (size == docs.length) {
                docs = Arrays.copyOf(docs, size * 2);
                scores = Arrays.copyOf(scores, size * 2);
                lat = Arrays.copyOf(lat, size * 2);
                lon = Arrays.copyOf(lon, size * 2);
            }
            docs[size] = doc;
            scores[size] = score;
            lat[size] = latEncoded;
            lon[size] = lonEncoded;
            size++;
        }
    }
}
