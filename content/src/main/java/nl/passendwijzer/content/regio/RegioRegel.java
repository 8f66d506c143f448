package nl.passendwijzer.content.regio;

import java.util.Optional;

/**
 * One row of the annex of the Regeling regio-indeling samenwerkingsverbanden passend onderwijs PO en VO,
 * kept exactly as published: the SWV columns may hold a text that is not a code (PC4 3197-3199 say "Europoort").
 */
public record RegioRegel(String pc4, String gemeente, String poSwvBron, String voSwvBron) {

    /** The SWV code for a sector, or empty when the published cell is not an SWV code. */
    public Optional<String> swv(Sector sector) {
        String value = sector == Sector.PO ? poSwvBron : voSwvBron;
        return SwvCode.isValid(value) ? Optional.of(value) : Optional.empty();
    }
}
