package nl.passendwijzer.content.regio;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.passendwijzer.content.BundledResources;

/**
 * PC4 to gemeente to PO and VO samenwerkingsverband, from the annex of the ministerial Regeling regio-indeling
 * (BWBR0032324, version 2015-04-23). See {@code content/regio/regio-indeling-pc4.SOURCE.md}.
 */
public final class RegioIndeling {
    public static final String RESOURCE = "regio/regio-indeling-pc4.tsv";
    private static final List<String> HEADER = List.of("pc4", "gemeente", "po_swv", "vo_swv");

    private final Map<String, RegioRegel> byPc4;
    private final String version;

    private RegioIndeling(Map<String, RegioRegel> byPc4, String version) {
        this.byPc4 = Collections.unmodifiableMap(byPc4);
        this.version = version;
    }

    /** The table shipped with the content module. */
    public static RegioIndeling bundled() {
        try (InputStream in = BundledResources.open(RESOURCE)) {
            return read(in, BundledResources.sha256(List.of(RESOURCE)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static RegioIndeling read(InputStream in, String version) {
        Map<String, RegioRegel> rows = new LinkedHashMap<>();
        for (String[] cells : TsvTable.read(in, RESOURCE, HEADER)) {
            RegioRegel regel = new RegioRegel(cells[0], cells[1], cells[2], cells[3]);
            if (rows.put(regel.pc4(), regel) != null) {
                throw new nl.passendwijzer.content.ContentException(RESOURCE + ": PC4 " + regel.pc4() + " twice");
            }
        }
        return new RegioIndeling(rows, version);
    }

    public List<RegioRegel> regels() {
        return List.copyOf(byPc4.values());
    }

    public Optional<RegioRegel> find(Pc4 pc4) {
        return Optional.ofNullable(byPc4.get(pc4.value()));
    }

    /** SHA-256 of the bundled file: changes whenever the table changes. */
    public String version() {
        return version;
    }

    /** The samenwerkingsverbanden the table names, with their gemeenten and PC4 count, ordered by code. */
    public List<SwvGebied> samenwerkingsverbanden() {
        Map<String, TreeSet<String>> gemeenten = new TreeMap<>();
        Map<String, Integer> pc4Count = new TreeMap<>();
        for (RegioRegel regel : byPc4.values()) {
            for (Sector sector : Sector.values()) {
                regel.swv(sector).ifPresent(code -> {
                    gemeenten.computeIfAbsent(code, c -> new TreeSet<>()).add(regel.gemeente());
                    pc4Count.merge(code, 1, Integer::sum);
                });
            }
        }
        List<SwvGebied> result = new ArrayList<>();
        gemeenten.forEach((code, names) -> result.add(
                new SwvGebied(code, SwvCode.sectorOf(code).orElseThrow(), List.copyOf(names), pc4Count.get(code))));
        return result;
    }
}
