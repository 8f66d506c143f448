package nl.passendwijzer.content.scholen.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.passendwijzer.content.BundledResources;

/**
 * The bundled regio-indeling (PC4 → gemeente, PO and VO samenwerkingsverband) joined with the PC4 centroids;
 * only what the demo generator needs to place schools on real postcodes of the right samenwerkingsverband.
 */
final class RegioTabel {
    record Pc4(String pc4, String gemeente, String poSwv, String voSwv, double lat, double lon) {
    }

    private final Map<String, Pc4> perPc4;

    private RegioTabel(Map<String, Pc4> perPc4) {
        this.perPc4 = perPc4;
    }

    static RegioTabel laadGebundeld() {
        Map<String, double[]> centroids = new HashMap<>();
        for (String[] row : tsv("regio/pc4-centroids.tsv")) {
            centroids.put(row[0], new double[] {Double.parseDouble(row[1]), Double.parseDouble(row[2])});
        }
        Map<String, Pc4> perPc4 = new LinkedHashMap<>();
        for (String[] row : tsv("regio/regio-indeling-pc4.tsv")) {
            double[] c = centroids.get(row[0]);
            boolean codes = row[2].matches("PO\\d{4}") && row[3].matches("VO\\d{4}");
            if (c != null && codes) {
                perPc4.put(row[0], new Pc4(row[0], row[1], row[2], row[3], c[0], c[1]));
            }
        }
        return new RegioTabel(perPc4);
    }

    Optional<Pc4> pc4(String pc4) {
        return Optional.ofNullable(perPc4.get(pc4));
    }

    List<Pc4> alle() {
        return List.copyOf(perPc4.values());
    }

    List<Pc4> vanSwv(String swvCode) {
        return perPc4.values().stream()
                .filter(p -> p.poSwv().equals(swvCode) || p.voSwv().equals(swvCode)).toList();
    }

    static double afstandKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    private static List<String[]> tsv(String path) {
        String text = new String(BundledResources.read(path), StandardCharsets.UTF_8);
        List<String[]> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                rows.add(lines[i].split("\t"));
            }
        }
        return rows;
    }
}
