package nl.passendwijzer.server.zoeken;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.passendwijzer.content.vocabulaire.Vocabulaire;
import nl.passendwijzer.content.vocabulaire.VocabulaireTerm;
import nl.passendwijzer.search.DocumentType;
import nl.passendwijzer.server.regio.SwvDirectory;

/** Dutch labels for facet values and the wire names of document types. */
final class ZoekLabels {
    private static final Map<String, String> SOORT = Map.of(
            "bao", "Basisschool", "sbo", "Speciaal basisonderwijs (sbo)", "so", "Speciaal onderwijs (so)",
            "vso", "Voortgezet speciaal onderwijs (vso)", "vo", "Voortgezet onderwijs", "pro", "Praktijkonderwijs",
            "vmbo", "Vmbo", "havo", "Havo", "vwo", "Vwo");
    private static final Map<String, String> SECTOR = Map.of("po", "Basisonderwijs (po)", "vo", "Voortgezet onderwijs (vo)");

    /** SWV names change rarely (a new regio-indeling); a search shows up to a hundred of them. */
    private static final long SWV_NAMES_MAX_AGE_NANOS = Duration.ofMinutes(1).toNanos();

    private final Vocabulaire vocabulaire;
    private final SwvDirectory swvDirectory;
    private volatile SwvNames swvNames = new SwvNames(Map.of(), Long.MIN_VALUE);

    private record SwvNames(Map<String, String> byCode, long readAtNanos) {
    }

    ZoekLabels(Vocabulaire vocabulaire, SwvDirectory swvDirectory) {
        this.vocabulaire = vocabulaire;
        this.swvDirectory = swvDirectory;
    }

    String label(String dimension, String value) {
        return switch (dimension) {
            case "type" -> typeLabel(value);
            case "sector" -> SECTOR.getOrDefault(value, value);
            case "soort" -> SOORT.getOrDefault(value, value);
            case "gebied", "voorziening" -> vocabulaire.byId(value).map(VocabulaireTerm::labelOuders).orElse(value);
            case "swv" -> Optional.ofNullable(swvNames().get(value)).map(naam -> naam + " (" + value + ")").orElse(value);
            default -> value;
        };
    }

    private Map<String, String> swvNames() {
        SwvNames current = swvNames;
        long now = System.nanoTime();
        if (current.readAtNanos() == Long.MIN_VALUE || now - current.readAtNanos() > SWV_NAMES_MAX_AGE_NANOS) {
            current = new SwvNames(swvDirectory.names(), now);
            swvNames = current;
        }
        return current.byCode();
    }

    static String wireType(DocumentType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<DocumentType> parseType(String wire) {
        for (DocumentType type : DocumentType.values()) {
            if (wireType(type).equals(wire)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static String typeLabel(String indexValue) {
        return switch (indexValue) {
            case "SCHOOL" -> "Scholen";
            case "SOP_SECTIE" -> "Ondersteuningsprofielen";
            case "GIDS_SECTIE" -> "Schoolgidsen";
            case "ARTIKEL" -> "Rechten en uitleg";
            default -> indexValue;
        };
    }
}
