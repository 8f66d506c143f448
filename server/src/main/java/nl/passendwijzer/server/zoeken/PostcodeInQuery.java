package nl.passendwijzer.server.zoeken;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.passendwijzer.content.regio.Pc4;

/**
 * Finds a postcode typed in the search text ("basisschool bij 3511", "in de buurt van 8011", "3511 AB"), so it can
 * serve as the place distances are measured from. The postcode and the little words that introduce it are taken out
 * of the text; a schooljaar such as "2025-2026" is not a postcode. Public for the benchmark, which must read judged
 * searches as {@code /api/zoek} does.
 */
public final class PostcodeInQuery {
    private static final Pattern POSTCODE = Pattern.compile(
            "(?:\\b(?iu:in de buurt van|in de buurt|dichtbij|dicht bij|bij|nabij|rond|rondom|omgeving|postcode|in)"
                    + "\\s+)?(?<![\\d-])\\b([1-9]\\d{3})(?:\\s([A-Z]{2})|([A-Za-z]{2}))?\\b(?![-/]\\d)");

    /** The postcode found and the text without it. */
    public record Found(Pc4 postcode, String remainingText) {
    }

    private PostcodeInQuery() {
    }

    public static Optional<Found> find(String text) {
        Matcher m = POSTCODE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        // Letters after a space only count in capitals ("3511 AB"), so "bij 3511 de school" keeps its "de".
        String letters = m.group(2) != null ? " " + m.group(2) : m.group(3) != null ? " " + m.group(3) : "";
        return Pc4.parse(m.group(1) + letters).map(pc4 -> new Found(pc4,
                (text.substring(0, m.start()) + " " + text.substring(m.end())).replaceAll("\\s+", " ").strip()));
    }
}
