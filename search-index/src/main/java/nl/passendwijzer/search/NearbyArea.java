package nl.passendwijzer.search;

import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.geo.GeoUtils;
import org.apache.lucene.geo.Rectangle;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.SloppyMath;

/**
 * The places within a distance of a search's origin, for the pass over the matches near it. A box query finds the
 * candidates cheaply and the exact test decides; both ways of finding near matches ({@link MatchSample} collecting
 * them, {@link LocatedMatches} looking them up) use the same test, so they agree on every document.
 */
final class NearbyArea {
    private final double lat;
    private final double lon;
    private final double sortKey;
    private final Rectangle box;
    final int minLatEncoded;
    final int maxLatEncoded;
    final int minLonEncoded;
    final int maxLonEncoded;

    NearbyArea(GeoPoint origin, double meters) {
        this.lat = origin.lat();
        this.lon = origin.lon();
        this.sortKey = GeoUtils.distanceQuerySortKey(meters);
        this.box = Rectangle.fromPointDistance(lat, lon, meters);
        this.minLatEncoded = GeoEncodingUtils.encodeLatitudeCeil(box.minLat);
        this.maxLatEncoded = GeoEncodingUtils.encodeLatitude(box.maxLat);
        this.minLonEncoded = GeoEncodingUtils.encodeLongitudeCeil(box.minLon);
        this.maxLonEncoded = GeoEncodingUtils.encodeLongitude(box.maxLon);
    }

    /** The documents in the bounding box: every document of the area and some near its corners. */
    Query boxQuery() {
        return LatLonPoint.newBoxQuery(IndexSchema.LOCATION, box.minLat, box.maxLat, box.minLon, box.maxLon);
    }

    /** Of a point as {@code LatLonDocValuesField} encodes it. */
    boolean contains(long encoded) {
        return contains((int) (encoded >>> 32), (int) encoded);
    }

    boolean contains(int latEncoded, int lonEncoded) {
        return latEncoded >= minLatEncoded && latEncoded <= maxLatEncoded
                && lonEncoded >= minLonEncoded && lonEncoded <= maxLonEncoded
                && SloppyMath.haversinSortKey(lat, lon, GeoEncodingUtils.decodeLatitude(latEncoded),
                GeoEncodingUtils.decodeLongitude(lonEncoded)) <= sortKey;
    }
}
