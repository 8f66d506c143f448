package nl.passendwijzer.server.intake;

import java.util.List;

/**
 * Rights articles that fit a question text, for the asker's confirmation (the search module implements it).
 * Implementations must not keep or log the question text.
 */
public interface ArtikelSuggesties {
    /** No suggestions: used until the search module is wired in. */
    ArtikelSuggesties GEEN = (vraagTekst, doelgroep, max) -> List.of();

    /**
     * @param vraagTekst the asker's question
     * @param doelgroep "ouders" or "jongeren"
     * @param max at most this many
     */
    List<ArtikelSuggestie> suggest(String vraagTekst, String doelgroep, int max);
}
