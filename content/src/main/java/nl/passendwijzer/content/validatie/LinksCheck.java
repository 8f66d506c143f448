package nl.passendwijzer.content.validatie;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.passendwijzer.content.rechten.RechtenArtikel;
import nl.passendwijzer.content.vocabulaire.VocabulaireTerm;

/**
 * Links between content resolve to existing topics: {@code gerelateerd}, links to {@code /rechten/slug}
 * inside article bodies, and the vocabulary's {@code artikelen}.
 */
final class LinksCheck implements ContentCheck {
    private static final Pattern BODY_LINK = Pattern.compile("\\]\\(/rechten/([^)?#\\s]*)");

    @Override
    public List<Finding> check(ContentSnapshot content) {
        Set<String> slugs = content.slugs();
        List<Finding> findings = new ArrayList<>();
        for (RechtenArtikel article : content.articles()) {
            String file = article.bestand();
            for (String related : article.gerelateerd()) {
                if (related.equals(article.slug())) {
                    findings.add(Finding.error(file, "gerelateerd lists the article's own slug '" + related + "'"));
                } else if (!slugs.contains(related)) {
                    findings.add(Finding.error(file, "gerelateerd '" + related + "' is not an existing topic"));
                }
            }
            Matcher links = BODY_LINK.matcher(article.markdown());
            while (links.find()) {
                if (!slugs.contains(links.group(1))) {
                    findings.add(Finding.error(file, "link to /rechten/" + links.group(1)
                            + " does not lead to an existing topic"));
                }
            }
        }
        content.vocabulaire().ifPresent(vocabulaire -> {
            for (VocabulaireTerm term : vocabulaire.all()) {
                for (String slug : term.artikelen()) {
                    if (!slugs.contains(slug)) {
                        findings.add(Finding.error(content.vocabulaireFile(), "term '" + term.id()
                                + "' links to article '" + slug + "', which does not exist"));
                    }
                }
            }
        });
        return findings;
    }
}
