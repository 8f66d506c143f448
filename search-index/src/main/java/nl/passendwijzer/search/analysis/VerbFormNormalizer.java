package nl.passendwijzer.search.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Maps conjugated Dutch verb forms onto their infinitive when that infinitive is a known verb: weigert, geweigerd →
 * weigeren; gepest → pesten; thuiszit → thuiszitten; maakt → maken. The Snowball Dutch stemmer then reduces the
 * infinitive to the same stem as the other forms; on its own it keeps "weigert" and "geweigerd" apart from "weigeren".
 */
public final class VerbFormNormalizer {
    private static final int MIN_LENGTH = 3;
    private static final int RULES = 4;

    private final Set<String> verbs;

    public VerbFormNormalizer(Set<String> verbs) {
        this.verbs = verbs;
    }

    /** The infinitive for a lowercase, accent-folded word, when the word looks like a form of a known verb. */
    public Optional<String> infinitive(String word) {
        if (word.length() < MIN_LENGTH || verbs.contains(word) || !isLetters(word)) {
            return Optional.empty();
        }
        List<String> bases = bases(word);
        for (int rule = 0; rule < RULES; rule++) {
            for (String base : bases) {
                Optional<String> candidate = candidate(base, rule).filter(verbs::contains);
                if (candidate.isPresent()) {
                    return candidate;
                }
            }
        }
        return Optional.empty();
    }

    /** The word without a final -t/-d (3rd person, participle), the word itself, and both without ge-. */
    private static List<String> bases(String word) {
        List<String> bases = new ArrayList<>();
        boolean tOrD = endsWithTOrD(word);
        if (tOrD && word.length() > MIN_LENGTH) {
            bases.add(word.substring(0, word.length() - 1));
        }
        bases.add(word);
        if (tOrD && word.startsWith("ge") && word.length() >= 6) {
            bases.add(word.substring(2)); // gemeld → meld before mel, since "melen" is a verb too
            bases.add(word.substring(2, word.length() - 1));
        }
        return bases;
    }

    /** Rules in order of preference, so "gepest" finds pesten (pest + en) before pezen (pes → pez + en). */
    private static Optional<String> candidate(String base, int rule) {
        char last = base.charAt(base.length() - 1);
        String open = openSyllable(base);
        return switch (rule) {
            case 0 -> Optional.of(base + "en");
            case 1 -> Optional.of(base + last + "en"); // zit → zitten
            case 2 -> open.equals(base) ? Optional.empty() : Optional.of(open + "en"); // maak → maken
            case 3 -> last == 'f' ? Optional.of(open.substring(0, open.length() - 1) + "ven") // leef → leven
                    : last == 's' ? Optional.of(open.substring(0, open.length() - 1) + "zen") // lees → lezen
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** A doubled vowel before the last consonant becomes single: maak → mak. */
    private static String openSyllable(String base) {
        int n = base.length();
        if (n >= 3 && base.charAt(n - 2) == base.charAt(n - 3) && isVowel(base.charAt(n - 2))) {
            return base.substring(0, n - 2) + base.charAt(n - 1);
        }
        return base;
    }

    private static boolean endsWithTOrD(String word) {
        char last = word.charAt(word.length() - 1);
        return last == 't' || last == 'd';
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'o' || c == 'u' || c == 'i';
    }

    private static boolean isLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
