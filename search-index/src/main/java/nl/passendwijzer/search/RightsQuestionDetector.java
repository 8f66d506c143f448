package nl.passendwijzer.search;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a query that asks about rights ("mag de school mijn kind weigeren?", "wie betaalt het vervoer") and
 * whether it is phrased by a pupil ("ik word gepest") or a parent ("mijn zoon"). Works on the raw words, because the
 * question words that carry the intent are exactly what analysis would weigh down.
 */
final class RightsQuestionDetector {
    private static final List<Pattern> RIGHTS = patterns(
            "wat (kan|moet|mag) (ik|je|u|we|wij) (doen|nu)", "wat nu", "wat zijn (mijn|onze|je) rechten",
            "(mag|moet|kan|mogen|moeten|kunnen) (de|een|mijn|onze|die) school", "(mag|moet|kan) (ik|je|mijn kind)",
            "(heb|hebben|heeft) (ik|wij|we|mijn kind|mijn zoon|mijn dochter|je|u) recht", "recht op",
            "school weigert", "weiger\\w*", "geweigerd", "wie betaalt", "klacht\\w*", "bezwaar", "geschil\\w*",
            "thuiszit\\w*", "thuis (zit|zitten)", "geschorst", "schorsing", "verwijder\\w*", "gepest", "pesten",
            "niet (meer )?naar school", "zorgplicht", "hoorrecht", "leerplicht\\w*", "vrijstelling");
    private static final List<Pattern> PUPIL = patterns(
            "ik (word|ben|ga|mag|zit|wil|heb|kan)", "mijn (school|mentor|leraar|leerkracht|klas|ouders)",
            "word gepest", "ik\\b.*\\bgepest");
    private static final List<Pattern> PARENT = patterns(
            "mijn (kind|zoon|dochter|kinderen)", "ons kind", "onze (zoon|dochter|kinderen)");

    private static List<Pattern> patterns(String... regexes) {
        return java.util.Arrays.stream(regexes).map(regex -> Pattern.compile("\\b" + regex + "\\b")).toList();
    }

    boolean isRightsQuestion(String query) {
        return matchesAny(RIGHTS, Folding.fold(query));
    }

    /** The doelgroep the phrasing suggests; the parent reading wins when both appear ("mijn kind wordt gepest"). */
    Optional<Doelgroep> impliedDoelgroep(String query) {
        String folded = Folding.fold(query);
        if (matchesAny(PARENT, folded)) {
            return Optional.of(Doelgroep.OUDERS);
        }
        return matchesAny(PUPIL, folded) ? Optional.of(Doelgroep.JONGEREN) : Optional.empty();
    }

    private static boolean matchesAny(List<Pattern> patterns, String text) {
        return patterns.stream().anyMatch(pattern -> pattern.matcher(text).find());
    }
}
