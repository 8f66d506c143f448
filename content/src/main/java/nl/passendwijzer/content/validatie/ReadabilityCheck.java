package nl.passendwijzer.content.validatie;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.passendwijzer.content.rechten.Doelgroep;
import nl.passendwijzer.content.rechten.RechtenArtikel;

/**
 * Readability per audience: short enough sentences, a body within the word range, and a jongeren version with
 * shorter sentences than its ouders twin.
 */
final class ReadabilityCheck implements ContentCheck {

    @Override
    public List<Finding> check(ContentSnapshot content) {
        List<Finding> findings = new ArrayList<>();
        for (RechtenArtikel article : content.articles()) {
            String file = article.bestand();
            ReadabilityLimits limits = ReadabilityLimits.of(article.doelgroep());
            TextMetrics.Readability readability = TextMetrics.readability(article.markdown());
            double average = readability.averageSentenceLength();
            if (average > limits.maxAverageSentenceLength()) {
                findings.add(Finding.error(file, String.format(Locale.ROOT,
                        "average sentence length %.1f words, at most %.0f for %s", average,
                        limits.maxAverageSentenceLength(), article.doelgroep().wireValue())));
            }
            if (readability.words() < limits.minWords() || readability.words() > limits.maxWords()) {
                findings.add(Finding.error(file, "body has " + readability.words() + " words, expected "
                        + limits.minWords() + "-" + limits.maxWords() + " for " + article.doelgroep().wireValue()));
            }
            if (article.doelgroep() == Doelgroep.JONGEREN) {
                ouders(content, article.slug()).ifPresent(twin -> {
                    double twinAverage = TextMetrics.readability(twin.markdown()).averageSentenceLength();
                    if (average >= twinAverage) {
                        findings.add(Finding.error(file, String.format(Locale.ROOT,
                                "sentences (%.1f words on average) must be shorter than in %s (%.1f)",
                                average, twin.bestand(), twinAverage)));
                    }
                });
            }
        }
        return findings;
    }

    private static Optional<RechtenArtikel> ouders(ContentSnapshot content, String slug) {
        return content.articles().stream()
                .filter(a -> a.slug().equals(slug) && a.doelgroep() == Doelgroep.OUDERS)
                .findFirst();
    }
}
