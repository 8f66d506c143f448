package nl.passendwijzer.content.scholen.documenten;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.passendwijzer.content.scholen.DocumentSectie;

/**
 * Builds sections from a stream of headings and text, keeping the heading path per level.
 * Sections without text (a heading directly followed by a sub-heading) are left out; their heading stays in
 * the path of what follows.
 */
final class SectieBouwer {
    private final List<String> pad = new ArrayList<>();
    private final List<DocumentSectie> secties = new ArrayList<>();
    private final StringBuilder tekst = new StringBuilder();
    private Optional<Integer> pagina = Optional.empty();
    private Optional<String> anker = Optional.empty();

    /** Starts a new section under a heading of level 1 (top) or deeper. */
    void kop(int niveau, String kop, Optional<Integer> paginaNummer, Optional<String> ankerId) {
        sluit();
        while (pad.size() >= niveau) {
            pad.remove(pad.size() - 1);
        }
        while (pad.size() < niveau - 1) {
            pad.add("");
        }
        pad.add(kop.strip());
        pagina = paginaNummer;
        anker = ankerId;
    }

    /** Adds a paragraph (or line) of text to the current section. */
    void tekst(String regel) {
        String r = regel.strip();
        if (r.isEmpty()) {
            return;
        }
        if (!tekst.isEmpty()) {
            tekst.append('\n');
        }
        tekst.append(r);
    }

    /** Sets the page for text that comes before any heading. */
    void paginaAlsNogLeeg(int paginaNummer) {
        if (pagina.isEmpty() && pad.isEmpty()) {
            pagina = Optional.of(paginaNummer);
        }
    }

    List<DocumentSectie> secties() {
        sluit();
        return List.copyOf(secties);
    }

    private void sluit() {
        String t = tekst.toString().strip();
        if (!t.isEmpty()) {
            List<String> kopPad = pad.stream().filter(k -> !k.isEmpty()).toList();
            secties.add(new DocumentSectie(kopPad, t, pagina, anker, secties.size()));
        }
        tekst.setLength(0);
    }
}
