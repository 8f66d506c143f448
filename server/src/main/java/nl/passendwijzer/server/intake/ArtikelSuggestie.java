package nl.passendwijzer.server.intake;

/** A rights article suggested to the asker right after submitting. */
public record ArtikelSuggestie(String slug, String doelgroep, String titel, String samenvatting, String url) {
}
