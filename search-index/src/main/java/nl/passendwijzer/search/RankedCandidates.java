package nl.passendwijzer.search;

import java.util.List;
import java.util.Optional;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.search.HitQueue;
import org.apache.lucene.search.ScoreDoc;

/**
 * The final scores of the candidates a scored {@link MatchSample} collected: each one's score from the text query plus
 * its closeness to the search's origin, if any. Closeness is added here rather than by a clause of the query, so the
 * sample itself does not depend on where a search comes from ({@link IndexStateCache}).
 *
 * <p>Closeness adds at most {@link #DISTANCE_WEIGHT}, so a candidate whose text score falls that much short of the
 * lowest score in the top so far cannot get in, and its place is not looked up: of the thousands of candidates of a
 * broad search, most.
 */
final class RankedCandidates {
    /** Closeness to the origin adds up to this much score; half of it at {@link #DISTANCE_PIVOT_METERS}. */
    static final float DISTANCE_WEIGHT = 40f;
    static final double DISTANCE_PIVOT_METERS = 4_000;

    private final MatchSample sample;
    private final Closeness closeness;
    private final Locations locations;

    private RankedCandidates(MatchSample sample, Closeness closeness, Locations locations) {
        this.sample = sample;
        this.closeness = closeness;
        this.locations = locations;
    }

    /**
     * Every candidate of {@code sample} (which must be scored), with closeness to {@code origin} added.
     *
     * @param locations the places of the documents of the index state the sample was taken on
     */
    static RankedCandidates of(MatchSample sample, Optional<GeoPoint> origin, Locations locations) {
        return new RankedCandidates(sample, origin.map(Closeness::new).orElse(null), locations);
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

        Closeness(GeoPoint origin) {
            this.lat = origin.lat();
            this.lon = origin.lon();
            this.cos = Math.cos(Math.toRadians(origin.lat()));
            this.halfSinPerDegree = Math.sin(Math.toRadians(origin.lat())) * Math.toRadians(1) / 2;
        }

        /** Of a point as {@code LatLonDocValuesField} encodes it. */
        float of(long encoded) {
            double meters = meters(GeoEncodingUtils.decodeLatitude((int) (encoded >>> 32)),
                    GeoEncodingUtils.decodeLongitude((int) encoded));
            return (float) (DISTANCE_WEIGHT * (DISTANCE_PIVOT_METERS / (DISTANCE_PIVOT_METERS + meters)));
        }

        double meters(double toLat, double toLon) {
            double north = toLat - lat;
            double east = (toLon - lon) * (cos - halfSinPerDegree * north);
            return Math.sqrt(north * north + east * east) * METERS_PER_DEGREE;
        }
    }

    /** The best {@code n} (or all, when fewer), score descending, ties by document id. */
    List<ScoreDoc> top(int n) {
        int size = Math.min(n, sample.size());
        if (size == 0) {
            return List.of();
        }
        HitQueue queue = new HitQueue(size, false);
        float most = closeness == null ? 0 : DISTANCE_WEIGHT;
        int queued = 0;
        ScoreDoc spare = null;
        for (MatchSample.Leaf leaf : sample.leaves()) {
            int docBase = leaf.context().docBase;
            for (int i = 0; i < leaf.size(); i++) {
                float score = leaf.scores()[i];
                if (queued == size && score + most < queue.top().score) {
                    continue;
                }
                int doc = docBase + leaf.docs()[i];
                if (closeness != null && locations.has(doc)) {
                    score += closeness.of(locations.encoded(doc));
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
        }
        ScoreDoc[] best = new ScoreDoc[queue.size()];
        for (int i = best.length - 1; i >= 0; i--) {
            best[i] = queue.pop();
        }
        return List.of(best);
    }
}
