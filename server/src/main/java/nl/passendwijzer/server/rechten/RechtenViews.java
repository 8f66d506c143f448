package nl.passendwijzer.server.rechten;

import java.util.List;

/** JSON shapes of the rights endpoints. */
public final class RechtenViews {
    private RechtenViews() {
    }

    /** The page of an article for an audience. */
    public static String url(String slug, String doelgroep) {
        return "jongeren".equals(doelgroep) ? "/rechten/" + slug + "?doelgroep=jongeren" : "/rechten/" + slug;
    }

    /** What a reader must know about how current an article is. */
    public static String statusLabel(String status) {
        return switch (status) {
            case "geldend" -> "Dit artikel beschrijft de regels zoals ze nu gelden.";
            case "aangekondigd" -> "Let op: dit artikel gaat deels over plannen die de overheid in 2020 aankondigde. "
                    + "In de tekst staat wat een plan is.";
            case "historisch" -> "Dit artikel beschrijft hoe het vroeger was. Deze regels gelden niet meer.";
            default -> "Let op: een deel van dit artikel is nog niet gecontroleerd met een actuele bron. "
                    + "Vraag het na bij het informatiepunt.";
        };
    }

    /** An entry of the article list. */
    public record ArtikelItem(String slug, String doelgroep, String titel, String samenvatting, String status,
                              String statusLabel, List<String> onderwerpen, String url) {
    }

    /** One source of an article. */
    public record BronView(String soort, String waarde, String over, String link) {
    }

    /** A link to another article. */
    public record ArtikelLink(String slug, String titel, String url) {
    }

    /** The other audience's version of the same topic. */
    public record DoelgroepLink(String doelgroep, String url) {
    }

    /** A whole article. */
    public record ArtikelView(String slug, String doelgroep, String titel, String samenvatting, String status,
                              String statusLabel, List<String> onderwerpen, String html, List<BronView> bronnen,
                              String laatstGecontroleerd, List<ArtikelLink> gerelateerd, DoelgroepLink andereDoelgroep) {
    }
}
