package nl.passendwijzer.server.zoeken;

import java.util.List;
import java.util.Map;

/** JSON shapes of the search endpoints. */
public final class ZoekViews {
    private ZoekViews() {
    }

    /** One result. {@code snippet} is HTML whose text is already escaped, with {@code <mark>} around matches. */
    public record Resultaat(String id, String type, String titel, String url, String schoolId, String schoolNaam,
                            List<String> kopPad, Integer pagina, String anker, String snippet, Double afstandKm,
                            String afstandLabel, List<String> waarom, boolean fictief) {
    }

    /** A rights article answering a question-like query. */
    public record AntwoordKaart(String slug, String doelgroep, String titel, String samenvatting, String url) {
    }

    /** One value of a facet. */
    public record FacetWaarde(String waarde, String label, long aantal, boolean geselecteerd) {
    }

    /** A jargon word explained. */
    public record Uitleg(String term, String uitleg, String url) {
    }

    /**
     * The place distances are measured from; {@code uitZoekvraag} when the postcode was read from the search text
     * (and taken out of it) rather than given as a parameter.
     */
    public record Oorsprong(String postcode, Double straalKm, boolean uitZoekvraag) {
    }

    /** A search answer. */
    public record ZoekAntwoord(String q, long totaal, boolean totaalGeschat, int pagina, int paginaGrootte, List<Resultaat> resultaten,
                               List<AntwoordKaart> antwoordKaarten, Map<String, List<FacetWaarde>> facetten,
                               boolean facettenGeschat, String bedoeldeU, List<Uitleg> uitleg, Oorsprong oorsprong) {
    }

    /** An autocomplete entry. */
    public record Suggestie(String tekst, String soort, String url) {
    }
}
