package nl.passendwijzer.content.rechten;

import java.time.LocalDate;
import java.util.List;

/**
 * One rights explanation for one audience.
 *
 * @param markdown  the body as written (without front matter)
 * @param html      the body rendered to HTML; raw HTML is escaped, URLs sanitised, headings carry anchor ids
 * @param plainText the body without markup, for search indexing
 * @param secties   the body split at its headings, for indexing and deep links
 */
public record RechtenArtikel(
        String slug,
        String titel,
        Doelgroep doelgroep,
        String samenvatting,
        List<String> onderwerpen,
        ArtikelStatus status,
        List<Bron> bronnen,
        LocalDate laatstGecontroleerd,
        List<String> gerelateerd,
        String markdown,
        String html,
        String plainText,
        List<Sectie> secties,
        String bestand) {

    public RechtenArtikel {
        onderwerpen = List.copyOf(onderwerpen);
        bronnen = List.copyOf(bronnen);
        gerelateerd = List.copyOf(gerelateerd);
        secties = List.copyOf(secties);
    }
}
