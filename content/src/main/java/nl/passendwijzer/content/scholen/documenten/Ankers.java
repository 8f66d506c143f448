package nl.passendwijzer.content.scholen.documenten;

import java.text.Normalizer;
import java.util.Locale;

/** Fragment ids for headings, the same for HTML and Markdown: lower case, accents dropped, words joined by '-'. */
public final class Ankers {
    private Ankers() {
    }

    public static String slug(String kop) {
        String plain = Normalizer.normalize(kop, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "sectie" : slug;
    }
}
