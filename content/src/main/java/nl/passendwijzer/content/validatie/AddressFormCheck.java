package nl.passendwijzer.content.validatie;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nl.passendwijzer.content.rechten.Doelgroep;
import nl.passendwijzer.content.rechten.RechtenArtikel;

/**
 * Parents are addressed with "u", young people with "je". A heuristic (quoted speech may use the other form),
 * so it only warns.
 */
final class AddressFormCheck implements ContentCheck {
    private static final Pattern INFORMAL = Pattern.compile("(?iu)(?<![\\p{L}'])(jij|jou|jouw|je)(?![\\p{L}'])");
    private static final Pattern FORMAL = Pattern.compile("(?iu)(?<![\\p{L}'])(u|uw)(?![\\p{L}'])");

    @Override
    public List<Finding> check(ContentSnapshot content) {
        List<Finding> findings = new ArrayList<>();
        for (RechtenArtikel article : content.articles()) {
            boolean forParents = article.doelgroep() == Doelgroep.OUDERS;
            Pattern wrongForm = forParents ? INFORMAL : FORMAL;
            long count = wrongForm.matcher(article.plainText()).results().count();
            if (count > 0) {
                findings.add(Finding.warning(article.bestand(), count + " times '"
                        + (forParents ? "je/jij/jouw" : "u/uw") + "' in a text for "
                        + article.doelgroep().wireValue() + " (write '" + (forParents ? "u" : "je") + "')"));
            }
        }
        return findings;
    }
}
