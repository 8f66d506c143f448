package nl.passendwijzer.content.scholen;

import java.time.LocalDate;
import java.util.List;

/**
 * A school's schoolondersteuningsprofiel (SOP) for one schooljaar: the structured facets plus the full text.
 *
 * @param schooljaar  e.g. {@code 2025-2026}
 * @param mrAdvies    the MR's advice in a few words (e.g. "positief advies op 3 juni 2025"), empty when unknown
 * @param grenzen     plain sentences: what the school cannot offer
 * @param toelichting the document's full text
 * @param bronPad     source document path
 * @param bronSha256  SHA-256 of the source document
 */
public record Ondersteuningsprofiel(String schoolId, String schooljaar, LocalDate vastgesteldOp, String mrAdvies,
                                    List<String> basisondersteuning, List<GebiedNiveau> gebieden,
                                    List<String> voorzieningen, List<String> teamrollen, List<String> grenzen,
                                    String toelichting, String bronPad, String bronSha256) {
    public Ondersteuningsprofiel {
        basisondersteuning = List.copyOf(basisondersteuning);
        gebieden = List.copyOf(gebieden);
        voorzieningen = List.copyOf(voorzieningen);
        teamrollen = List.copyOf(teamrollen);
        grenzen = List.copyOf(grenzen);
    }

    /** Whether the school offers more than basisondersteuning in the given area. */
    public boolean biedtExtraIn(String gebied) {
        return gebieden.stream().anyMatch(g -> g.gebied().equals(gebied) && !GebiedNiveau.BASIS.equals(g.niveau()));
    }
}
