package nl.passendwijzer.server.scholen;

import java.util.List;

import nl.passendwijzer.server.regio.SwvViews.InformatiepuntView;

/** JSON shapes of the school endpoints. */
public final class SchoolViews {
    static final String FICTIEF_MELDING = "Dit is een fictieve voorbeeldschool. Naam, adres en teksten zijn verzonnen "
            + "om te laten zien hoe Passend Wijzer werkt.";

    private SchoolViews() {
    }

    /** A school in a short list (name search). */
    public record SchoolItem(String id, String naam, String plaats, String soort, boolean fictief) {
    }

    /** A vocabulary term as shown with a school. */
    public record TermLabel(String id, String label, String uitleg) {
    }

    /** An extra-support area with the school's level and note. */
    public record GebiedView(String id, String label, String uitleg, String niveau, String toelichting) {
    }

    /** Where a document can be read. */
    public record DocumentLink(String id, String formaat, String url) {
    }

    /** The schoolondersteuningsprofiel in plain language. */
    public record SopView(String schooljaar, String vastgesteldOp, String mrAdvies, List<TermLabel> basisondersteuning,
                          List<GebiedView> gebieden, List<TermLabel> voorzieningen, List<TermLabel> team,
                          List<String> grenzen, DocumentLink document) {
    }

    /** One section of the schoolgids, linked to its place in the document. */
    public record SectieView(List<String> kopPad, String tekst, Integer pagina, String anker, String url) {
    }

    /** The schoolgids. */
    public record GidsView(String schooljaar, DocumentLink document, List<SectieView> secties) {
    }

    /** A samenwerkingsverband the school belongs to, with its informatiepunt. */
    public record SchoolSwv(String code, String naam, InformatiepuntView informatiepunt) {
    }

    /** Everything about one school site. */
    public record SchoolView(String id, String naam, String soort, String soortLabel, List<String> niveaus,
                             String denominatie, String straat, String postcode, String plaats, String gemeente,
                             Double lat, Double lon, String website, boolean fictief, String fictiefMelding,
                             List<SchoolSwv> samenwerkingsverbanden, SopView sop, GidsView schoolgids) {
    }
}
