package nl.passendwijzer.server.intake;

import java.time.LocalDate;

/**
 * The statutory decision period after a written aanmelding: the school board decides within six weeks and may extend
 * once by at most four weeks (WPO art. 40, WEC art. 40, WVO 2020 art. 2.33; explained on
 * onderwijsconsulenten.nl/advies/passend-onderwijs/zorgplicht/). These are ordinary calendar weeks, not school
 * weeks, and the clock never pauses. Shown to staff and asker as information; the law text stays leading.
 */
public record Zorgplicht(LocalDate aanmelddatum, LocalDate besluitVoor, LocalDate uiterlijkVoor) {
    public static final int WEKEN = 6;
    public static final int VERLENGING_WEKEN = 4;

    public static Zorgplicht vanaf(LocalDate aanmelddatum) {
        return new Zorgplicht(aanmelddatum, aanmelddatum.plusWeeks(WEKEN), aanmelddatum.plusWeeks(WEKEN + VERLENGING_WEKEN));
    }
}
