package nl.passendwijzer.content.scholen;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A school's SOP or schoolgids as read from its source file, split into sections.
 *
 * @param bronPad        where the file came from (a path, or a bundled resource path)
 * @param sha256         hex SHA-256 of the file's bytes: the version of this document
 * @param vastgesteldOp  date the document was set (from its metadata), when known
 * @param facetten       structured SOP facets from the metadata; only for {@link DocumentKind#SOP}
 */
public record SchoolDocument(String schoolId, DocumentKind kind, DocumentFormat format, String schooljaar,
                             List<DocumentSectie> secties, String bronPad, String sha256,
                             Optional<LocalDate> vastgesteldOp, Optional<SopFacetten> facetten) {
    public SchoolDocument {
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(format, "format");
        secties = List.copyOf(secties);
    }

    /** All section text, in order, separated by blank lines. */
    public String volledigeTekst() {
        return secties.stream().map(DocumentSectie::tekst).filter(t -> !t.isBlank())
                .collect(Collectors.joining("\n\n"));
    }

    /** This document as an ondersteuningsprofiel, when it is an SOP with facets. */
    public Optional<Ondersteuningsprofiel> alsOndersteuningsprofiel() {
        if (kind != DocumentKind.SOP || facetten.isEmpty() || vastgesteldOp.isEmpty()) {
            return Optional.empty();
        }
        SopFacetten f = facetten.get();
        return Optional.of(new Ondersteuningsprofiel(schoolId, schooljaar, vastgesteldOp.get(), f.mrAdvies(),
                f.basisondersteuning(), f.gebieden(), f.voorzieningen(), f.teamrollen(), f.grenzen(),
                volledigeTekst(), bronPad, sha256));
    }

    /** This document as a schoolgids, when it is one. */
    public Optional<Schoolgids> alsSchoolgids() {
        return kind == DocumentKind.SCHOOLGIDS
                ? Optional.of(new Schoolgids(schoolId, schooljaar, secties, bronPad, sha256))
                : Optional.empty();
    }
}
