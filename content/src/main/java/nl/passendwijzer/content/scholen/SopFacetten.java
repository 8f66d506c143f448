package nl.passendwijzer.content.scholen;

import java.util.List;

/**
 * The structured part of a schoolondersteuningsprofiel. All ids are vocabulary ids
 * (groups basisondersteuning, gebied, voorziening, rol).
 *
 * @param mrAdvies  the medezeggenschapsraad's advice in a few words, empty when unknown
 * @param grenzen   plain sentences saying what the school cannot offer
 */
public record SopFacetten(String mrAdvies, List<String> basisondersteuning, List<GebiedNiveau> gebieden,
                          List<String> voorzieningen, List<String> teamrollen, List<String> grenzen) {
    public SopFacetten {
        mrAdvies = mrAdvies == null ? "" : mrAdvies;
        basisondersteuning = List.copyOf(basisondersteuning);
        gebieden = List.copyOf(gebieden);
        voorzieningen = List.copyOf(voorzieningen);
        teamrollen = List.copyOf(teamrollen);
        grenzen = List.copyOf(grenzen);
    }
}
