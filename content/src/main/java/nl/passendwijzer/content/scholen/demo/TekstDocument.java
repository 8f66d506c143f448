package nl.passendwijzer.content.scholen.demo;

import java.util.ArrayList;
import java.util.List;

/** A generated document before it is written as PDF, HTML or Markdown: a title and blocks in order. */
record TekstDocument(String titel, String ondertitel, List<Blok> blokken) {

    sealed interface Blok permits Kop, Alinea, Opsomming {
    }

    /** A heading; level 2 is a chapter, 3 a paragraph (level 1 is the title). */
    record Kop(int niveau, String tekst) implements Blok {
    }

    record Alinea(String tekst) implements Blok {
    }

    record Opsomming(List<String> punten) implements Blok {
    }

    /** Collects blocks in order. */
    static final class Bouwer {
        private final String titel;
        private final String ondertitel;
        private final List<Blok> blokken = new ArrayList<>();

        Bouwer(String titel, String ondertitel) {
            this.titel = titel;
            this.ondertitel = ondertitel;
        }

        Bouwer hoofdstuk(String tekst) {
            blokken.add(new Kop(2, tekst));
            return this;
        }

        Bouwer paragraaf(String tekst) {
            blokken.add(new Kop(3, tekst));
            return this;
        }

        Bouwer alinea(String tekst) {
            if (!tekst.isBlank()) {
                blokken.add(new Alinea(tekst.strip()));
            }
            return this;
        }

        Bouwer opsomming(List<String> punten) {
            if (!punten.isEmpty()) {
                blokken.add(new Opsomming(List.copyOf(punten)));
            }
            return this;
        }

        TekstDocument bouw() {
            return new TekstDocument(titel, ondertitel, List.copyOf(blokken));
        }
    }
}
