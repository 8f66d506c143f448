package nl.passendwijzer.server.zoeken;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import nl.passendwijzer.content.vocabulaire.Vocabulaire;
import nl.passendwijzer.content.vocabulaire.VocabulaireTerm;
import nl.passendwijzer.server.rechten.RechtenViews;
import nl.passendwijzer.server.zoeken.ZoekViews.Uitleg;

/** Explains the jargon a visitor typed ("tlv", "opp", "rugzak") with the vocabulary's one-sentence explanation. */
final class JargonUitleg {
    private static final int MAX_CHIPS = 4;
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}-]+");

    private final Vocabulaire vocabulaire;

    JargonUitleg(Vocabulaire vocabulaire) {
        this.vocabulaire = vocabulaire;
    }

    List<Uitleg> explain(String query) {
        String[] words = NOT_A_WORD.split(query.toLowerCase(Locale.ROOT));
        Map<String, Uitleg> found = new LinkedHashMap<>();
        for (int i = 0; i < words.length && found.size() < MAX_CHIPS; i++) {
            for (String candidate : candidates(words, i)) {
                vocabulaire.explain(candidate)
                        .filter(t -> !found.containsKey(t.id()))
                        .ifPresent(t -> found.put(t.id(), uitleg(candidate, t)));
            }
        }
        return List.copyOf(found.values());
    }

    private static List<String> candidates(String[] words, int i) {
        List<String> result = new ArrayList<>();
        if (i + 1 < words.length) {
            result.add(words[i] + " " + words[i + 1]);
        }
        if (words[i].length() >= 2) {
            result.add(words[i]);
        }
        return result;
    }

    private static Uitleg uitleg(String typed, VocabulaireTerm t) {
        String url = t.artikelen().isEmpty() ? null : RechtenViews.url(t.artikelen().getFirst(), "ouders");
        String term = t.afkortingen().stream().filter(a -> a.equalsIgnoreCase(typed)).findFirst().orElse(t.labelOuders());
        return new Uitleg(term, t.uitleg(), url);
    }
}
