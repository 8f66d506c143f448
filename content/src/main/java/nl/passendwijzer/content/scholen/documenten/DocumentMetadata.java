package nl.passendwijzer.content.scholen.documenten;

import java.time.LocalDate;
import java.util.Optional;
import nl.passendwijzer.content.scholen.DocumentKind;
import nl.passendwijzer.content.scholen.SopFacetten;

/**
 * What the sidecar {@code <name>.meta.yaml} says about a school document: whose it is, which kind and year,
 * and for an SOP its structured facets.
 */
public record DocumentMetadata(String schoolId, DocumentKind kind, String schooljaar,
                               Optional<LocalDate> vastgesteldOp, Optional<SopFacetten> facetten) {
}
