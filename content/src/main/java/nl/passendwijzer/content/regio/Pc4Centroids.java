package nl.passendwijzer.content.regio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.passendwijzer.content.BundledResources;

/**
 * Approximate point per PC4 (MIT, see {@code content/regio/pc4-centroids.SOURCE.md}). Known placeholder points are
 * kept as published; they only affect distance sorting for PO-box PC4s that no home has.
 */
public final class Pc4Centroids {
    public static final String RESOURCE = "regio/pc4-centroids.tsv";
    private static final List<String> HEADER = List.of("pc4", "lat", "lon");

    private final Map<String, GeoPunt> points;
    private final String version;

    private Pc4Centroids(Map<String, GeoPunt> points, String version) {
        this.points = Collections.unmodifiableMap(points);
        this.version = version;
    }

    public static Pc4Centroids bundled() {
        try (InputStream in = BundledResources.open(RESOURCE)) {
            Map<String, GeoPunt> points = new LinkedHashMap<>();
            for (String[] cells : TsvTable.read(in, RESOURCE, HEADER)) {
                points.put(cells[0], new GeoPunt(Double.parseDouble(cells[1]), Double.parseDouble(cells[2])));
            }
            return new Pc4Centroids(points, BundledResources.sha256(List.of(RESOURCE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<GeoPunt> find(Pc4 pc4) {
        return Optional.ofNullable(points.get(pc4.value()));
    }

    public Map<String, GeoPunt> all() {
        return points;
    }

    public String version() {
        return version;
    }
}
