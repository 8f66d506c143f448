package nl.passendwijzer.search;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.util.IntroSorter;

/**
 * The candidates of a scored {@link MatchSample} ordered by score, best first (ties by document id), for a sample that
 * is ranked again and again: a popular search's counts from every new postcode ({@link IndexStateCache}). Ranking then
 * stops at the first candidate that even the most closeness cannot lift into the top ({@link RankedCandidates}).
 * Sorted at its second ranking, not its first: most samples are ranked once, and ranking them unsorted costs less.
 */
final class ScoreOrder {
    private final MatchSample sample;
    private final AtomicInteger rankings = new AtomicInteger();
    private volatile Sorted sorted;

    /**
     * Global document ids, their scores and places ({@link Locations#encoded}, or {@link #NO_PLACE}), score descending:
     * read in this order, places looked up by document would be a jump through memory for each.
     */
    record Sorted(int[] docs, float[] scores, long[] places) {
    }

    /** The encoding of latitude -90, longitude 0 (the South Pole): no school's. */
    static final long NO_PLACE = Long.MIN_VALUE;

    ScoreOrder(MatchSample sample) {
        this.sample = sample;
    }

    MatchSample sample() {
        return sample;
    }

    /**
     * The sorted candidates, from the second ranking of the sample on; empty before.
     *
     * @param locations the places of the documents of the index state the sample was taken on
     */
    Optional<Sorted> forRanking(Locations locations) {
        Sorted current = sorted;
        if (current == null && rankings.incrementAndGet() >= 2) {
            current = sort(sample, locations);
            sorted = current;
        }
        return Optional.ofNullable(current);
    }

    private static Sorted sort(MatchSample sample, Locations locations) {
        int[] docs = new int[sample.size()];
        float[] scores = new float[docs.length];
        int at = 0;
        for (MatchSample.Leaf leaf : sample.leaves()) {
            for (int i = 0; i < leaf.size(); i++) {
                docs[at] = leaf.context().docBase + leaf.docs()[i];
                scores[at++] = leaf.scores()[i];
            }
        }
        new IntroSorter() {
            private int pivotDoc;
            private float pivotScore;

            @Override
            protected void swap(int i, int j) {
                int doc = docs[i];
                docs[i] = docs[j];
                docs[j] = doc;
                float score = scores[i];
                scores[i] = scores[j];
                scores[j] = score;
            }

            @Override
            protected void setPivot(int i) {
                pivotDoc = docs[i];
                pivotScore = scores[i];
            }

            @Override
            protected int comparePivot(int j) {
                int byScore = Float.compare(scores[j], pivotScore);
                return byScore != 0 ? byScore : Integer.compare(pivotDoc, docs[j]);
            }
        }.sort(0, docs.length);
        long[] places = new long[docs.length];
        for (int i = 0; i < docs.length; i++) {
            places[i] = locations.has(docs[i]) ? locations.encoded(docs[i]) : NO_PLACE;
        }
        return new Sorted(docs, scores, places);
    }
}
