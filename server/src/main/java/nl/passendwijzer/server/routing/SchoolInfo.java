package nl.passendwijzer.server.routing;

import java.util.List;

/** What routing needs to know of a school site: its kind and the samenwerkingsverband(en) it belongs to. */
public record SchoolInfo(String id, String naam, String soort, List<String> swvCodes) {
    public SchoolInfo {
        swvCodes = List.copyOf(swvCodes);
    }

    /** Special schools (so, vso) serve pupils of many samenwerkingsverbanden (seed 004 L222). */
    public boolean speciaal() {
        return "so".equals(soort) || "vso".equals(soort);
    }
}
