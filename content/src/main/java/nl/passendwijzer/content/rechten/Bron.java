package nl.passendwijzer.content.rechten;

import java.util.Locale;

/**
 * One source behind an article: a seed line reference, a law article or an official web page,
 * plus the claim it supports ({@code over}).
 */
public record Bron(Kind kind, String value, String over) {

    /** The front matter key that introduces the source. */
    public enum Kind {
        SEED, WET, URL;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
