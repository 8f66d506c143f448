package nl.passendwijzer.server.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A stored question as the repository reads it. Personal fields are empty once the question is erased
 * ({@link #verwijderdOp()}) or anonymised ({@link #geanonimiseerdOp()}).
 */
public record Vraag(long id,
                    String referentie,
                    VraagStatus status,
                    Optional<String> swvCode,
                    String rol,
                    Optional<String> leeftijdsband,
                    Optional<String> naam,
                    Optional<String> email,
                    Optional<String> telefoon,
                    String voorkeurskanaal,
                    String sector,
                    Optional<Integer> leeftijd,
                    Optional<String> huidigeSchoolId,
                    Optional<String> aangemeldeSchoolId,
                    Optional<String> pc4,
                    String categorie,
                    Optional<String> tekst,
                    boolean thuiszitten,
                    boolean urgent,
                    Optional<LocalDate> aanmelddatum,
                    String toestemmingVersie,
                    Routering routering,
                    List<String> suggesties,
                    Instant ingediendOp,
                    Instant gewijzigdOp,
                    LocalDate antwoordVoor,
                    Optional<Instant> eersteAntwoordOp,
                    Optional<LocalDate> zorgplichtBesluitVoor,
                    Optional<LocalDate> zorgplichtUiterlijkVoor,
                    Optional<Instant> geslotenOp,
                    Optional<Instant> geanonimiseerdOp,
                    Optional<Instant> verwijderdOp) {

    /** The routing decision as stored: rule, Dutch reason, alternative SWV codes, regio table version. */
    public record Routering(String regel, String reden, List<String> alternatieven, String regioVersie) {
    }

    /** True when the personal data is gone (withdrawn or anonymised). */
    public boolean gewist() {
        return verwijderdOp.isPresent() || geanonimiseerdOp.isPresent();
    }
}
