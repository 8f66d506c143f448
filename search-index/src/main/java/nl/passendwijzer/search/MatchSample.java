package nl.passendwijzer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * The matches of a query in document order: every article and school match, and section matches up to a quota;
 * optionally also the best-scoring of them, so one pass both counts and ranks.
 *
 * <p>Sections are the bulk of the index (240,000 of 250,000 documents) and lie in random order in their block of each
 * segment ({@link TypeBlock}), so the first sections of a block are a random sample of it. Collection in a segment
 * stops once its share of the quota is reached: a query that matches half the index is only matched over a small
 * part of each section block, and every collected section stands for {@code blockSize / scanned} matching sections.
 * A query with fewer matching sections than the quota is collected completely and its counts are exact.
 *
 * @param leaves one entry per segment that had matches
 * @param top    the best-scoring collected matches (score descending, ties by document id), when asked for
 */
record MatchSample(List<Leaf> leaves, List<ScoreDoc> top) {

    /**
     * @param docs            the collected documents (segment-relative, increasing), {@code docs[0..size)}
     * @param sections        where the section block of the segment lies
     * @param sectionsScanned how many documents of that block were looked at: all unless the quota stopped it
     */
    record Leaf(LeafReaderContext context, int[] docs, int size, TypeBlock.Range sections, int sectionsScanned) {
        boolean complete() {
            return sectionsScanned >= sections.size();
        }

        /** How many matches each collected match of the section block stands for. */
        double sectionWeight() {
            return complete() ? 1 : sections.size() / (double) sectionsScanned;
        }

        double weight(int doc) {
            return sections.contains(doc) ? sectionWeight() : 1;
        }
    }

    /**
     * This sample and {@code other} together, as candidates for ranking: their documents per segment, and the best
     * {@code top} of both their {@link #top()} lists. Not for counting: the weights stay this sample's.
     */
    MatchSample with(MatchSample other, int top) {
        Map<Integer, Leaf> others = new LinkedHashMap<>();
        other.leaves.forEach(leaf -> others.put(leaf.context().ord, leaf));
        List<Leaf> merged = new ArrayList<>();
        for (Leaf leaf : leaves) {
            Leaf same = others.remove(leaf.context().ord);
            if (same == null) {
                merged.add(leaf);
            } else {
                int[] docs = union(leaf.docs(), leaf.size(), same.docs(), same.size());
                merged.add(new Leaf(leaf.context(), docs, docs.length, leaf.sections(), leaf.sectionsScanned()));
            }
        }
        merged.addAll(others.values());
        Map<Integer, ScoreDoc> best = new HashMap<>();
        for (ScoreDoc hit : this.top) {
            best.put(hit.doc, hit);
        }
        for (ScoreDoc hit : other.top) {
            best.putIfAbsent(hit.doc, hit);
        }
        List<ScoreDoc> ranked = best.values().stream()
                .sorted(Comparator.comparingDouble((ScoreDoc hit) -> -hit.score).thenComparingInt(hit -> hit.doc))
                .limit(top).toList();
        return new MatchSample(List.copyOf(merged), ranked);
    }

    /** The increasing union of {@code a[0..aSize)} and {@code b[0..bSize)}, both increasing. */
    private static int[] union(int[] a, int aSize, int[] b, int bSize) {
        int[] out = new int[aSize + bSize];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < aSize || j < bSize) {
            int next = j >= bSize || (i < aSize && a[i] <= b[j]) ? a[i] : b[j];
            if (i < aSize && a[i] == next) {
                i++;
            }
            if (j < bSize && b[j] == next) {
                j++;
            }
            out[n++] = next;
        }
        return Arrays.copyOf(out, n);
    }

    /** Whether some segment stopped at its quota, so that counts are estimates. */
    boolean sampled() {
        return leaves.stream().anyMatch(leaf -> !leaf.complete());
    }

    /** The number of matches: exact unless {@link #sampled()}. */
    long total() {
        double total = 0;
        for (Leaf leaf : leaves) {
            for (int i = 0; i < leaf.size(); i++) {
                total += leaf.weight(leaf.docs()[i]);
            }
        }
        return Math.round(total);
    }

    /** Collects up to about {@code quota} section matches, spread over the segments in proportion to their blocks. */
    static CollectorManager<SampleCollector, MatchSample> manager(int quota, IndexReader reader) throws IOException {
        return manager(quota, reader, 0);
    }

    /** As {@link #manager(int, IndexReader)}, scoring every collected match and keeping the best {@code top}. */
    static CollectorManager<SampleCollector, MatchSample> manager(int quota, IndexReader reader, int top)
            throws IOException {
        long sections = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            sections += TypeBlock.SECTIONS.in(leaf.reader()).size();
        }
        long allSections = Math.max(1, sections);
        // Every match scored (no pruning): counting has to see each one anyway.
        TopScoreDocCollectorManager ranking = new TopScoreDocCollectorManager(Math.max(1, top), null,
                Integer.MAX_VALUE);
        return new CollectorManager<>() {
            @Override
            public SampleCollector newCollector() throws IOException {
                return new SampleCollector(quota, allSections, top == 0 ? null : ranking.newCollector());
            }

            @Override
            public MatchSample reduce(Collection<SampleCollector> collectors) throws IOException {
                List<Leaf> leaves = new ArrayList<>();
                collectors.forEach(collector -> leaves.addAll(collector.leaves));
                List<ScoreDoc> best = top == 0 ? List.of() : List.of(ranking.reduce(
                        collectors.stream().map(collector -> collector.top).toList()).scoreDocs);
                return new MatchSample(List.copyOf(leaves), best);
            }
        };
    }

    static final class SampleCollector implements Collector {
        private final int quota;
        private final long allSections;
        private final List<Leaf> leaves = new ArrayList<>();
        private final TopScoreDocCollector top;

        private SampleCollector(int quota, long allSections, TopScoreDocCollector top) {
            this.quota = quota;
            this.allSections = allSections;
            this.top = top;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafCollector ranking = top == null ? null : top.getLeafCollector(context);
            TypeBlock.Range sections;
            try {
                sections = TypeBlock.SECTIONS.in(context.reader());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            int leafQuota = (int) Math.max(1, Math.ceil(quota * (double) sections.size() / allSections));
            return new LeafCollector() {
                private int[] docs = new int[1024];
                private int size;
                private int sectionsCollected;
                private boolean stopped;

                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    if (ranking != null) {
                        ranking.setScorer(scorer);
                    }
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (ranking != null) {
                        ranking.collect(doc);
                    }
                    if (size == docs.length) {
                        docs = Arrays.copyOf(docs, docs.length * 2);
                    }
                    docs[size++] = doc;
                    if (sections.contains(doc) && ++sectionsCollected >= leafQuota) {
                        leaves.add(new Leaf(context, docs, size, sections, doc + 1 - sections.start()));
                        stopped = true;
                        throw new CollectionTerminatedException();
                    }
                }

                @Override
                public void finish() throws IOException {
                    if (ranking != null) {
                        ranking.finish();
                    }
                    if (!stopped && size > 0) {
                        leaves.add(new Leaf(context, docs, size, sections, sections.size()));
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return top == null ? ScoreMode.COMPLETE_NO_SCORES : ScoreMode.COMPLETE;
        }
    }
}
