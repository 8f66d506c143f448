package nl.passendwijzer.content.scholen;

import java.util.List;
import java.util.Optional;

/**
 * One section of a school document: the text under a heading, up to the next heading.
 *
 * @param kopPad    heading path from the top level down, e.g. {@code [Extra ondersteuning, Autisme]}
 * @param pagina    1-based page the heading is on (PDF only)
 * @param anker     fragment id of the heading (HTML and Markdown only)
 * @param volgorde  0-based position in the document
 */
public record DocumentSectie(List<String> kopPad, String tekst, Optional<Integer> pagina, Optional<String> anker,
                             int volgorde) {
    public DocumentSectie {
        kopPad = List.copyOf(kopPad);
    }

    /** The innermost heading, or an empty string for text before the first heading. */
    public String kop() {
        return kopPad.isEmpty() ? "" : kopPad.get(kopPad.size() - 1);
    }
}
