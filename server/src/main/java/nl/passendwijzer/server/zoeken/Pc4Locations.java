package nl.passendwijzer.server.zoeken;

import java.util.Map;
import java.util.stream.Collectors;

import io.helidon.dbclient.DbClient;
import nl.passendwijzer.content.regio.Pc4;
import nl.passendwijzer.search.GeoPoint;
import nl.passendwijzer.server.db.Rows;
import nl.passendwijzer.server.http.ProblemException;

/** Approximate points of PC4 areas, read once from the database (a few thousand rows). */
final class Pc4Locations {
    private final Map<String, GeoPoint> points;

    Pc4Locations(DbClient db) {
        this.points = db.execute().query("SELECT pc4, lat, lon FROM pc4_centroid")
                .collect(Collectors.toUnmodifiableMap(row -> Rows.string(row, "pc4").trim(),
                                                      row -> new GeoPoint(Rows.optionalDouble(row, "lat").orElseThrow(),
                                                                          Rows.optionalDouble(row, "lon").orElseThrow())));
    }

    /** The point of a PC4 area, when known. */
    java.util.Optional<GeoPoint> lookup(Pc4 pc4) {
        return java.util.Optional.ofNullable(points.get(pc4.value()));
    }

    GeoPoint find(Pc4 pc4) {
        GeoPoint point = points.get(pc4.value());
        if (point == null) {
            throw ProblemException.badRequest("postcode-unknown",
                                              "Van postcode " + pc4.value() + " kennen we de ligging niet. "
                                                      + "Probeer een postcode in de buurt.");
        }
        return point;
    }
}
