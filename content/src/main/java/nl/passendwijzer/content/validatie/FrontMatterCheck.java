package nl.passendwijzer.content.validatie;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import nl.passendwijzer.content.rechten.RechtenArtikel;

/**
 * Rules on front matter values that parsing alone does not enforce: counts, tag form, file naming,
 * the short summary, and one article per slug and audience.
 */
final class FrontMatterCheck implements ContentCheck {
    private static final Pattern TAG = Pattern.compile("[a-z0-9]+(?:[- ][a-z0-9]+)*");
    private static final int MAX_SUMMARY_SENTENCES = 2;

    @Override
    public List<Finding> check(ContentSnapshot content) {
        List<Finding> findings = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (RechtenArtikel article : content.articles()) {
            String file = article.bestand();
            String expectedName = article.slug() + "." + article.doelgroep().wireValue() + ".md";
            if (!file.equals(expectedName) && !file.endsWith("/" + expectedName)) {
                findings.add(Finding.error(file, "file name must be " + expectedName));
            }
            String earlier = seen.putIfAbsent(article.slug() + "|" + article.doelgroep(), file);
            if (earlier != null) {
                findings.add(Finding.error(file, "duplicate: slug '" + article.slug() + "' for "
                        + article.doelgroep().wireValue() + " is also in " + earlier));
            }
            int summarySentences = TextMetrics.sentences(article.samenvatting()).size();
            if (summarySentences > MAX_SUMMARY_SENTENCES) {
                findings.add(Finding.error(file, "samenvatting has " + summarySentences
                        + " sentences, at most " + MAX_SUMMARY_SENTENCES + " allowed"));
            }
            int topics = article.onderwerpen().size();
            if (topics < 1 || topics > 5) {
                findings.add(Finding.error(file, "onderwerpen must list 1 to 5 tags, found " + topics));
            }
            for (String tag : article.onderwerpen()) {
                if (!TAG.matcher(tag).matches()) {
                    findings.add(Finding.error(file, "onderwerpen tag '" + tag + "' must be lowercase"));
                }
            }
            int related = article.gerelateerd().size();
            if (related < 2 || related > 5) {
                findings.add(Finding.error(file, "gerelateerd must list 2 to 5 slugs, found " + related));
            }
        }
        return findings;
    }
}
