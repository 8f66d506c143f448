package nl.passendwijzer.search;

import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;

/**
 * The matches of one segment as {@link MatchSample} keeps them: offered in increasing document order, every article
 * and school, and sections until the segment's share of the quota is reached.
 */
final class LeafSampler {
    private final LeafReaderContext context;
    private final TypeBlock.Range sections;
    private final int leafQuota;
    private final boolean scored;
    private int[] docs = new int[256];
    private float[] scores;
    private int size;
    private int sectionsCollected;
    private int sectionsScanned = -1;

    /** @param allSections the sections of the whole index, over which {@code quota} is spread */
    LeafSampler(LeafReaderContext context, TypeBlock.Range sections, int quota, long allSections, boolean scored) {
        this.context = context;
        this.sections = sections;
        this.leafQuota = (int) Math.max(1, Math.ceil(quota * (double) sections.size() / Math.max(1, allSections)));
        this.scored = scored;
        this.scores = scored ? new float[docs.length] : null;
    }

    /** Keeps {@code doc}; returns false once the quota is reached, after which nothing more may be offered. */
    boolean add(int doc, float score) {
        if (size == docs.length) {
            docs = Arrays.copyOf(docs, docs.length * 2);
            scores = scored ? Arrays.copyOf(scores, docs.length) : null;
        }
        if (scored) {
            scores[size] = score;
        }
        docs[size++] = doc;
        if (sections.contains(doc) && ++sectionsCollected >= leafQuota) {
            sectionsScanned = doc + 1 - sections.start();
            return false;
        }
        return true;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Whether the quota was reached. */
    boolean full() {
        return sectionsScanned >= 0;
    }

    /** What was kept, trimmed: a sample may be kept for later searches from other places. */
    MatchSample.Leaf leaf() {
        return new MatchSample.Leaf(context, Arrays.copyOf(docs, size), scored ? Arrays.copyOf(scores, size) : null,
                size, sections, sectionsScanned < 0 ? sections.size() : sectionsScanned);
    }
}
