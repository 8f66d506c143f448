package nl.passendwijzer.content.validatie;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.passendwijzer.content.rechten.Bron;
import nl.passendwijzer.content.rechten.RechtenArtikel;
import nl.passendwijzer.content.vocabulaire.VocabulaireTerm;

/**
 * Every source resolves: a seed reference names a known seed and lines that exist (checked when the seeds folder
 * is present), a URL is https on an official domain. The vocabulary's {@code bron} fields follow the same rules.
 */
final class SourcesCheck implements ContentCheck {
    private static final Pattern SEED_REF = Pattern.compile("(\\d{3}_[0-9a-f]{16}\\.txt):(\\d{1,6})(?:-(\\d{1,6}))?");
    private static final int MAX_RANGE_LINES = 15;
    private static final int MIN_SOURCES = 2;

    @Override
    public List<Finding> check(ContentSnapshot content) {
        List<Finding> findings = new ArrayList<>();
        for (RechtenArtikel article : content.articles()) {
            String file = article.bestand();
            if (article.bronnen().size() < MIN_SOURCES) {
                findings.add(Finding.error(file, "needs at least " + MIN_SOURCES + " bronnen, found "
                        + article.bronnen().size()));
            }
            if (article.bronnen().stream().noneMatch(b -> b.kind() == Bron.Kind.SEED)) {
                findings.add(Finding.warning(file, "no seed source: cite the seed line where one supports the text"));
            }
            for (Bron bron : article.bronnen()) {
                String problem = switch (bron.kind()) {
                    case SEED -> seedProblem(bron.value(), content.seeds());
                    case URL -> OfficialDomains.problem(bron.value());
                    case WET -> "";
                };
                if (!problem.isEmpty()) {
                    findings.add(Finding.error(file, problem));
                }
            }
        }
        content.vocabulaire().ifPresent(vocabulaire -> {
            for (VocabulaireTerm term : vocabulaire.all()) {
                Optional<String> problem = term.bron().map(ref -> seedProblem(ref, content.seeds()));
                problem.filter(p -> !p.isEmpty()).ifPresent(p ->
                        findings.add(Finding.error(content.vocabulaireFile(), "term '" + term.id() + "': " + p)));
            }
        });
        return findings;
    }

    /** Why a seed reference does not resolve, or empty when it does. */
    static String seedProblem(String reference, SeedLibrary seeds) {
        Matcher m = SEED_REF.matcher(reference);
        if (!m.matches()) {
            return "seed '" + reference + "' must look like 004_8b1158ef30d1b71e.txt:869 or ...txt:869-872";
        }
        String name = m.group(1);
        if (!seeds.isKnown(name)) {
            return "seed '" + reference + "' names an unknown seed file (known: "
                    + String.join(", ", SeedLibrary.NAMES) + ")";
        }
        int first = Integer.parseInt(m.group(2));
        int last = m.group(3) == null ? first : Integer.parseInt(m.group(3));
        if (first < 1 || last < first) {
            return "seed '" + reference + "' has an impossible line range";
        }
        if (last - first + 1 > MAX_RANGE_LINES) {
            return "seed '" + reference + "' spans more than " + MAX_RANGE_LINES + " lines: cite the exact lines";
        }
        Optional<Integer> lines = seeds.lineCount(name);
        if (lines.isPresent() && last > lines.get()) {
            return "seed '" + reference + "' points past the end of " + name + " (" + lines.get() + " lines)";
        }
        if (seeds.hasText(name, first, last).filter(hasText -> !hasText).isPresent()) {
            return "seed '" + reference + "' points at empty lines only";
        }
        return "";
    }
}
