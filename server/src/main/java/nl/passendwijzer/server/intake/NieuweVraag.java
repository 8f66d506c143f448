package nl.passendwijzer.server.intake;

import java.time.LocalDate;
import java.util.Optional;

import nl.passendwijzer.content.regio.Pc4;
import nl.passendwijzer.server.routing.VraagSector;

/** A question that passed validation; only the PC4 of the postcode is kept. */
public record NieuweVraag(String rol,
                          Optional<String> leeftijdsband,
                          Optional<String> naam,
                          Optional<String> email,
                          Optional<String> telefoon,
                          String voorkeurskanaal,
                          VraagSector sector,
                          Optional<Integer> leeftijd,
                          Optional<String> huidigeSchool,
                          Optional<String> aangemeldeSchool,
                          Pc4 pc4,
                          Categorie categorie,
                          String tekst,
                          boolean thuiszitten,
                          Optional<LocalDate> aanmelddatum,
                          String toestemmingVersie) {

    /** Thuiszitten (said so, or the category) makes a question urgent: doorbraakaanpak (seed 004 L740). */
    public boolean urgent() {
        return thuiszitten || categorie == Categorie.THUISZITTEN;
    }

    /** Pupils get the jongeren version of the rights articles. */
    public String doelgroep() {
        return "leerling".equals(rol) ? "jongeren" : "ouders";
    }
}
