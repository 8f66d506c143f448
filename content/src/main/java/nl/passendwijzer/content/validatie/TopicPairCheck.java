package nl.passendwijzer.content.validatie;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.passendwijzer.content.rechten.Doelgroep;
import nl.passendwijzer.content.rechten.RechtenArtikel;

/** Every topic is explained for both parents and young people. */
final class TopicPairCheck implements ContentCheck {

    @Override
    public List<Finding> check(ContentSnapshot content) {
        Map<String, Set<Doelgroep>> audiences = new TreeMap<>();
        Map<String, String> someFile = new TreeMap<>();
        for (RechtenArtikel article : content.articles()) {
            audiences.computeIfAbsent(article.slug(), slug -> EnumSet.noneOf(Doelgroep.class)).add(article.doelgroep());
            someFile.putIfAbsent(article.slug(), article.bestand());
        }
        List<Finding> findings = new ArrayList<>();
        audiences.forEach((slug, present) -> {
            for (Doelgroep missing : EnumSet.complementOf(EnumSet.copyOf(present))) {
                findings.add(Finding.error(someFile.get(slug), "topic '" + slug + "' has no "
                        + missing.wireValue() + " version (" + slug + "." + missing.wireValue() + ".md)"));
            }
        });
        return findings;
    }
}
