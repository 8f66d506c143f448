package nl.passendwijzer.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.passendwijzer.content.regio.GeoPunt;
import nl.passendwijzer.content.regio.Pc4;
import nl.passendwijzer.content.regio.Pc4Centroids;
import nl.passendwijzer.search.DocumentType;
import nl.passendwijzer.search.GeoPoint;
import nl.passendwijzer.search.SearchRequest;

/**
 * One query of the benchmark mix, expressed once and translated for each system: a {@link SearchRequest} for the
 * index, a {@code /api/zoek} URL for HTTP, and SQL parameters for PostgreSQL (see {@link PostgresFts}).
 *
 * @param category lay, typo, facet or distance: latencies are also reported per category
 * @param pc4      origin as a PC4 code; the index gets its centroid, as {@code /api/zoek} does
 */
record BenchQuery(String category, String text, Set<DocumentType> types, Map<String, Set<String>> filters,
                  Optional<String> pc4, Optional<Double> radiusKm) {

    SearchRequest toRequest(Pc4Centroids centroids) {
        Optional<GeoPoint> origin = pc4.flatMap(code -> point(centroids, code));
        return new SearchRequest(text, types, filters, origin, radiusKm, 0,
                                 SearchRequest.DEFAULT_PAGE_SIZE, Optional.empty(), false);
    }

    /** The centroid of a PC4 as the search index's point. */
    static Optional<GeoPoint> point(Pc4Centroids centroids, String pc4) {
        return centroids.find(new Pc4(pc4)).map(p -> new GeoPoint(p.lat(), p.lon()));
    }

    Optional<GeoPunt> origin(Pc4Centroids centroids) {
        return pc4.flatMap(code -> centroids.find(new Pc4(code)));
    }

    /** The same search as {@code /api/zoek} query string (types in their wire form, e.g. "school"). */
    String toUrlPath() {
        List<String> params = new ArrayList<>();
        params.add("q=" + encode(text));
        types.forEach(t -> params.add("type=" + t.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        filters.forEach((dimension, values) -> values.forEach(v -> params.add(dimension + "=" + encode(v))));
        pc4.ifPresent(code -> params.add("postcode=" + code));
        radiusKm.ifPresent(km -> params.add("straal=" + km.intValue()));
        return "/api/zoek?" + String.join("&", params);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return category + " " + toUrlPath();
    }
}
