package nl.passendwijzer.search;

import java.util.Locale;

/** Who an article is written for. */
public enum Doelgroep {
    OUDERS, JONGEREN;

    /** The lowercase name used in the index and in URLs ("ouders", "jongeren"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
