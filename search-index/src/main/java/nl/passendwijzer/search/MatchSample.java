package nl.passendwijzer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

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
 * <p>A scored sample keeps each match's score, so one pass both counts and ranks ({@link RankedCandidates}); it holds
 * nothing that depends on where a search comes from, which lets a search from another postcode reuse it.
 *
 * @param leaves one entry per segment that had matches
 */
record MatchSample(List<Leaf> leaves) {

    /**
     * @param docs            the collected documents (segment-relative, increasing), {@code docs[0..size)}
     * @param scores          the score of each collected document, {@code scores[0..size)}; {@code null} when the
     *                        sample was not scored
     * @param sections        where the section block of the segment lies
     * @param sectionsScanned how many documents of that block were looked at: all unless the quota stopped it
     */
    record Leaf(LeafReaderContext context, int[] docs, float[] scores, int size, TypeBlock.Range sections,
                int sectionsScanned) {
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

    /** How many documents were collected. */
    int size() {
        return leaves.stream().mapToInt(Leaf::size).sum();
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
        return manager(quota, reader, false);
    }

    /** As {@link #manager(int, IndexReader)}, keeping the score of every collected match when {@code scored}. */
    static CollectorManager<SampleCollector, MatchSample> manager(int quota, IndexReader reader, boolean scored)
            throws IOException {
        long allSections = sections(reader);
        return new CollectorManager<>() {
            @Override
            public SampleCollector newCollector() {
                return new SampleCollector(quota, allSections, scored);
            }

            @Override
            public MatchSample reduce(Collection<SampleCollector> collectors) {
                List<Leaf> leaves = new ArrayList<>();
                collectors.forEach(collector -> leaves.addAll(collector.leaves));
                return new MatchSample(List.copyOf(leaves));
            }
        };
    }

    /** The number of sections in the index, over which a quota is spread. */
    static long sections(IndexReader reader) throws IOException {
        long sections = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            sections += TypeBlock.SECTIONS.in(leaf.reader()).size();
        }
        return sections;
    }

    static final class SampleCollector implements Collector {
        private final int quota;
        private final long allSections;
        private final List<Leaf> leaves = new ArrayList<>();
        private final boolean scored;

        private SampleCollector(int quota, long allSections, boolean scored) {
            this.quota = quota;
            this.allSections = allSections;
            this.scored = scored;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafSampler sampler = new LeafSampler(context, TypeBlock.SECTIONS.in(context.reader()), quota, allSections,
                    scored);
            return new LeafCollector() {
                private Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) {
                    this.scorer = scorer;
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (!sampler.add(doc, scored ? scorer.score() : 0)) {
                        leaves.add(sampler.leaf());
                        throw new CollectionTerminatedException();
                    }
                }

                @Override
                public void finish() {
                    if (!sampler.isEmpty() && !sampler.full()) {
                        leaves.add(sampler.leaf());
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return scored ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
