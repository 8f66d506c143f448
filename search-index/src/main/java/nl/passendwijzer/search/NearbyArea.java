package nl.passendwijzer.search;

import java.util.Objects;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.geo.GeoUtils;
import org.apache.lucene.geo.Rectangle;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.SloppyMath;

/**
 * The places within a straight-line distance of a search's origin: its radius, or the matches near it. A box query
 * finds the candidates cheaply and the exact test decides; matching ({@link #query()}) and looking up
 * ({@link LocatedMatches}) use the same test, so they agree on every document.
 */
final class NearbyArea {
    private final double lat;
    private final double lon;
    private final double meters;
    private final double sortKey;
    private final Rectangle box;
    final int minLatEncoded;
    final int maxLatEncoded;
    final int minLonEncoded;
    final int maxLonEncoded;

    NearbyArea(GeoPoint origin, double meters) {
        this.lat = origin.lat();
        this.lon = origin.lon();
        this.meters = meters;
        this.sortKey = GeoUtils.distanceQuerySortKey(meters);
        this.box = Rectangle.fromPointDistance(lat, lon, meters);
        this.minLatEncoded = GeoEncodingUtils.encodeLatitudeCeil(box.minLat);
        this.maxLatEncoded = GeoEncodingUtils.encodeLatitude(box.maxLat);
        this.minLonEncoded = GeoEncodingUtils.encodeLongitudeCeil(box.minLon);
        this.maxLonEncoded = GeoEncodingUtils.encodeLongitude(box.maxLon);
    }

    /** The documents in the bounding box: every document of the area and some near its corners. */
    private Query boxQuery() {
        return LatLonPoint.newBoxQuery(IndexSchema.LOCATION, box.minLat, box.maxLat, box.minLon, box.maxLon);
    }

    /** The documents in the area. */
    Query query() {
        return new BooleanQuery.Builder().add(boxQuery(), Occur.FILTER).add(new WithinAreaQuery(this), Occur.FILTER)
                .build();
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

    @Override
    public boolean equals(Object other) {
        return other instanceof NearbyArea area && area.lat == lat && area.lon == lon && area.meters == meters;
    }

    @Override
    public int hashCode() {
        return Objects.hash(lat, lon, meters);
    }

    @Override
    public String toString() {
        return meters + " m from " + lat + "," + lon;
    }
}
