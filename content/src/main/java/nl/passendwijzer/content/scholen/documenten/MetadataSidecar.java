package nl.passendwijzer.content.scholen.documenten;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.passendwijzer.content.scholen.DocumentKind;
import nl.passendwijzer.content.scholen.GebiedNiveau;
import nl.passendwijzer.content.scholen.School;
import nl.passendwijzer.content.scholen.SopFacetten;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads and writes the {@code .meta.yaml} sidecar of a school document. */
public final class MetadataSidecar {
    /** The suffix that replaces a document's extension, e.g. {@code za0100-sop.pdf} → {@code za0100-sop.meta.yaml}. */
    public static final String SUFFIX = ".meta.yaml";
    private static final Pattern SCHOOLJAAR = Pattern.compile("(\\d{4})-(\\d{4})");

    private MetadataSidecar() {
    }

    /** The sidecar's file name for a document file name. */
    public static String naamVoor(String documentNaam) {
        int dot = documentNaam.lastIndexOf('.');
        return (dot > 0 ? documentNaam.substring(0, dot) : documentNaam) + SUFFIX;
    }

    /**
     * Parses a sidecar.
     *
     * @throws IllegalArgumentException with a Dutch reason when a field is missing or malformed
     */
    public static DocumentMetadata lees(String yaml) {
        Object parsed;
        try {
            parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            throw new IllegalArgumentException("metadata is geen geldige YAML: " + e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("metadata is leeg of geen YAML-mapping");
        }
        String schoolId = tekst(map, "schoolId").orElseThrow(() -> new IllegalArgumentException("schoolId ontbreekt"));
        if (!School.isGeldigId(schoolId)) {
            throw new IllegalArgumentException("ongeldige schoolId '" + schoolId + "'");
        }
        DocumentKind kind;
        try {
            kind = DocumentKind.valueOf(tekst(map, "kind").orElse("").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind moet SOP of SCHOOLGIDS zijn");
        }
        String jaar = tekst(map, "schooljaar").orElse("");
        var m = SCHOOLJAAR.matcher(jaar);
        if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
            throw new IllegalArgumentException("schooljaar moet de vorm 2025-2026 hebben, niet '" + jaar + "'");
        }
        Optional<LocalDate> vastgesteld = datum(map.get("vastgesteldOp"));
        Optional<SopFacetten> facetten = map.get("sop") instanceof Map<?, ?> sop
                ? Optional.of(facetten(sop)) : Optional.empty();
        return new DocumentMetadata(schoolId, kind, jaar, vastgesteld, facetten);
    }

    /** Writes a sidecar; the same metadata always gives the same text. */
    public static String schrijf(DocumentMetadata meta, boolean fictief) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schoolId", meta.schoolId());
        root.put("kind", meta.kind().name());
        root.put("schooljaar", meta.schooljaar());
        meta.vastgesteldOp().ifPresent(d -> root.put("vastgesteldOp", d.toString()));
        root.put("fictief", fictief);
        meta.facetten().ifPresent(f -> {
            Map<String, Object> sop = new LinkedHashMap<>();
            sop.put("mrAdvies", f.mrAdvies());
            sop.put("basisondersteuning", f.basisondersteuning());
            List<Map<String, Object>> gebieden = new ArrayList<>();
            for (GebiedNiveau g : f.gebieden()) {
                Map<String, Object> gm = new LinkedHashMap<>();
                gm.put("gebied", g.gebied());
                gm.put("niveau", g.niveau());
                g.notitie().ifPresent(n -> gm.put("notitie", n));
                gebieden.add(gm);
            }
            sop.put("gebieden", gebieden);
            sop.put("voorzieningen", f.voorzieningen());
            sop.put("teamrollen", f.teamrollen());
            sop.put("grenzen", f.grenzen());
            root.put("sop", sop);
        });
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        return new Yaml(options).dump(root);
    }

    private static SopFacetten facetten(Map<?, ?> sop) {
        List<GebiedNiveau> gebieden = new ArrayList<>();
        if (sop.get("gebieden") instanceof List<?> list) {
            for (Object o : list) {
                if (!(o instanceof Map<?, ?> g) || tekst(g, "gebied").isEmpty()) {
                    throw new IllegalArgumentException("elk gebied heeft een 'gebied' en een 'niveau' nodig");
                }
                String niveau = tekst(g, "niveau").orElse(GebiedNiveau.EXTRA);
                gebieden.add(new GebiedNiveau(tekst(g, "gebied").get(), niveau, tekst(g, "notitie")));
            }
        }
        return new SopFacetten(tekst(sop, "mrAdvies").orElse(""), lijst(sop, "basisondersteuning"), gebieden,
                lijst(sop, "voorzieningen"), lijst(sop, "teamrollen"), lijst(sop, "grenzen"));
    }

    private static Optional<String> tekst(Map<?, ?> map, String key) {
        Object v = map.get(key);
        return v == null || v.toString().isBlank() ? Optional.empty() : Optional.of(v.toString().strip());
    }

    private static List<String> lijst(Map<?, ?> map, String key) {
        Object v = map.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            throw new IllegalArgumentException(key + " moet een lijst zijn");
        }
        return list.stream().map(Object::toString).map(String::strip).toList();
    }

    private static Optional<LocalDate> datum(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Date date) {
            return Optional.of(date.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
        }
        try {
            return Optional.of(LocalDate.parse(value.toString().strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("vastgesteldOp is geen datum (jjjj-mm-dd): " + value);
        }
    }
}
