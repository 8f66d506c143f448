package nl.passendwijzer.content.vocabulaire;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One entry of the support vocabulary.
 *
 * @param synoniemen other words with the same meaning, including old terms and lay phrasing
 * @param historisch true when the term itself is no longer in use (rugzak, REC, zorgprofiel)
 * @param artikelen  slugs of related rights articles
 * @param bron       the seed line the definition is based on ({@code file:line}), when there is one
 */
public record VocabulaireTerm(
        String id,
        Groep groep,
        String labelOuders,
        String labelJongeren,
        String uitleg,
        List<String> synoniemen,
        List<String> afkortingen,
        boolean historisch,
        List<String> artikelen,
        Optional<String> bron) {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    public VocabulaireTerm {
        synoniemen = List.copyOf(synoniemen);
        afkortingen = List.copyOf(afkortingen);
        artikelen = List.copyOf(artikelen);
    }

    /** Every way of writing this term, lowercase and without repeats: labels, synonyms and abbreviations. */
    public List<String> terms() {
        List<String> all = new ArrayList<>();
        all.add(labelOuders);
        all.add(labelJongeren);
        all.addAll(synoniemen);
        all.addAll(afkortingen);
        LinkedHashSet<String> normalized = new LinkedHashSet<>();
        all.forEach(term -> normalized.add(normalize(term)));
        return List.copyOf(normalized);
    }

    static String normalize(String term) {
        return SPACES.matcher(term.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
