package nl.passendwijzer.search;

import java.util.List;
import java.util.Optional;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.search.HitQueue;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.SparseFixedBitSet;

/**
 * The final scores of the candidates a search ranks: each one's score from the text query plus its closeness to the
 * search's origin, if any. The candidates are the scored sample counting collected and, for a search from a place, the
 * scored sample of the matches near it; a document in both counts once. Closeness is added here rather than by a clause
 * of the query, so neither sample depends on where a search comes from ({@link IndexStateCache}).
 *
 * <p>Closeness adds at most {@link #DISTANCE_WEIGHT}, so a candidate whose text score falls that much short of the
 * lowest score in the top so far cannot get in, and its place is not looked up. The near matches go first, as they
 * fill the top with high scores; a counted sample ranked before is then read best first ({@link ScoreOrder}), up to the
 * first candidate that cannot get in.
 */
final class RankedCandidates {
    /**
     * Closeness to the origin adds up to this much score, half of it at {@link #DISTANCE_PIVOT_METERS}, for a postcode
     * given as a setting: it may stay set while a parent searches for something else than a school ("wat is een opp").
     */
    static final float DISTANCE_WEIGHT = 40f;
    /**
     * The same for a place typed in the text ("basisschool autisme kleine klas bij 3511"): where is part of what is
     * asked. With {@link #DISTANCE_WEIGHT} a school 57 km away that matched every word led that search; the judged
     * searches with a postcode in the text went from nDCG@10 0.705 to 0.875 with this weight (bench/README.md,
     * session 10). For a postcode given as a setting the same weight put school sections between the articles of a
     * rights search.
     */
    static final float PLACE_IN_TEXT_WEIGHT = 120f;
    static final double DISTANCE_PIVOT_METERS = 4_000;

    private final ScoreOrder counted;
    private final MatchSample near;
    private final Closeness closeness;
    private final Locations locations;
    private SparseFixedBitSet nearDocs;

    private RankedCandidates(ScoreOrder counted, MatchSample near, Closeness closeness, Locations locations) {
        this.counted = counted;
        this.near = near;
        this.closeness = closeness;
        this.locations = locations;
    }

    /**
     * The candidates of {@code counted} and {@code near} (both scored by the same query), with closeness to
     * {@code origin} added.
     *
     * @param locations the places of the documents of the index state the samples were taken on
     */
    static RankedCandidates of(ScoreOrder counted, MatchSample near, Optional<Closeness> closeness,
                               Locations locations) {
        return new RankedCandidates(counted, near, closeness.orElse(null), locations);
    }

    /** The candidates of one scored sample. */
    static RankedCandidates of(MatchSample sample, Optional<GeoPoint> origin, Locations locations) {
        return of(new ScoreOrder(sample), new MatchSample(List.of()), origin.map(Closeness::new), locations);
    }

    /**
     * {@code weight × pivot / (pivot + distance)} for the straight-line distance: nearer is better everywhere, and the
     * gain flattens with distance. The distance is taken on a plane, a degree of longitude scaled by the cosine of the
     * mean latitude (to first order, no cosine per candidate): between any two places in the Netherlands within
     * 0.05 % of the great-circle distance, at a fraction of its cost for the thousands of candidates of a broad search.
     */
    static final class Closeness {
        private static final double METERS_PER_DEGREE = 6_371_008.8 * Math.PI / 180;
        private final double lat;
        private final double lon;
        private final double cos;
        private final double halfSinPerDegree;
        private final float weight;

        /** With the weight of a postcode given as a setting ({@link #DISTANCE_WEIGHT}). */
        Closeness(GeoPoint origin) {
            this(origin, DISTANCE_WEIGHT);
        }

        /** @param weight what closeness adds at most */
        Closeness(GeoPoint origin, float weight) {
            this.weight = weight;
            this.lat = origin.lat();
            this.lon = origin.lon();
            this.cos = Math.cos(Math.toRadians(origin.lat()));
            this.halfSinPerDegree = Math.sin(Math.toRadians(origin.lat())) * Math.toRadians(1) / 2;
        }

        /** Of a point as {@code LatLonDocValuesField} encodes it. */
        float of(long encoded) {
            double meters = meters(GeoEncodingUtils.decodeLatitude((int) (encoded >>> 32)),
                    GeoEncodingUtils.decodeLongitude((int) encoded));
            return (float) (weight * (DISTANCE_PIVOT_METERS / (DISTANCE_PIVOT_METERS + meters)));
        }

        /** For a search's origin, weighted by where it came from. */
        static Optional<Closeness> of(SearchRequest request) {
            return request.origin().map(origin ->
                    new Closeness(origin, request.placeInText() ? PLACE_IN_TEXT_WEIGHT : DISTANCE_WEIGHT));
        }

        double meters(double toLat, double toLon) {
            double north = toLat - lat;
            double east = (toLon - lon) * (cos - halfSinPerDegree * north);
            return Math.sqrt(north * north + east * east) * METERS_PER_DEGREE;
        }
    }

    /** The best {@code n} (or all, when fewer), score descending, ties by document id. */
    List<ScoreDoc> top(int n) {
        Top top = new Top(Math.min(n, counted.sample().size() + near.size()));
        if (top.size == 0) {
            return List.of();
        }
        for (MatchSample.Leaf leaf : near.leaves()) {
            for (int i = 0; i < leaf.size(); i++) {
                int doc = leaf.context().docBase + leaf.docs()[i];
                top.offer(doc, leaf.scores()[i], place(doc));
            }
        }
        Optional<ScoreOrder.Sorted> sorted = counted.forRanking(locations);
        if (sorted.isPresent()) {
            int[] docs = sorted.get().docs();
            float[] scores = sorted.get().scores();
            long[] places = sorted.get().places();
            for (int i = 0; i < docs.length && !top.beyondReach(scores[i]); i++) {
                if (!isNear(docs[i])) {
                    top.offer(docs[i], scores[i], places[i]);
                }
            }
        } else {
            for (MatchSample.Leaf leaf : counted.sample().leaves()) {
                for (int i = 0; i < leaf.size(); i++) {
                    int doc = leaf.context().docBase + leaf.docs()[i];
                    if (!top.beyondReach(leaf.scores()[i]) && !isNear(doc)) {
                        top.offer(doc, leaf.scores()[i], place(doc));
                    }
                }
            }
        }
        return top.best();
    }

    private long place(int doc) {
        return closeness != null && locations.has(doc) ? locations.encoded(doc) : ScoreOrder.NO_PLACE;
    }

    /** Whether {@code doc} (a global id) is one of the near candidates, which were offered already. */
    private boolean isNear(int doc) {
        if (nearDocs == null) {
            nearDocs = new SparseFixedBitSet(Math.max(1, locations.maxDoc()));
            for (MatchSample.Leaf leaf : near.leaves()) {
                for (int i = 0; i < leaf.size(); i++) {
                    nearDocs.set(leaf.context().docBase + leaf.docs()[i]);
                }
            }
        }
        return nearDocs.get(doc);
    }

    /** The best {@code size} candidates offered so far. */
    private final class Top {
        private final int size;
        private final HitQueue queue;
        private final float most = closeness == null ? 0 : closeness.weight;
        private int queued;
        private ScoreDoc spare;

        Top(int size) {
            this.size = size;
            this.queue = new HitQueue(Math.max(1, size), false);
        }

        /** Whether a candidate with this text score cannot get in, however near it is. */
        boolean beyondReach(float textScore) {
            return queued == size && textScore + most < queue.top().score;
        }

        void offer(int doc, float textScore, long place) {
            if (beyondReach(textScore)) {
                return;
            }
            float score = textScore;
            if (closeness != null && place != ScoreOrder.NO_PLACE) {
                score += closeness.of(place);
            }
            if (spare == null) {
                spare = new ScoreDoc(doc, score);
            } else {
                spare.doc = doc;
                spare.score = score;
            }
            spare = queue.insertWithOverflow(spare);
            queued = Math.min(size, queued + 1);
        }

        List<ScoreDoc> best() {
            ScoreDoc[] best = new ScoreDoc[queue.size()];
            for (int i = best.length - 1; i >= 0; i--) {
                best[i] = queue.pop();
            }
            return List.of(best);
        }
    }
}
