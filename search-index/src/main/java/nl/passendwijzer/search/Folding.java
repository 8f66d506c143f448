package nl.passendwijzer.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lowercase without accents (coördinator → coordinator), for matching user input against labels. */
final class Folding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Folding() {
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return SPACES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").strip()
                .toLowerCase(Locale.ROOT);
    }
}
