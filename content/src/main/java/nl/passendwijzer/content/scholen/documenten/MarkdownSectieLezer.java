package nl.passendwijzer.content.scholen.documenten;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.passendwijzer.content.scholen.DocumentSectie;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/** Splits a Markdown document into sections at headings of level 1–3; anchors are heading slugs. */
final class MarkdownSectieLezer {
    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private MarkdownSectieLezer() {
    }

    static List<DocumentSectie> lees(String markdown) {
        Node document = PARSER.parse(markdown);
        SectieBouwer bouwer = new SectieBouwer();
        Map<String, Integer> gebruikt = new HashMap<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() <= 3) {
                String kop = TEXT.render(heading).strip();
                String slug = Ankers.slug(kop);
                int n = gebruikt.merge(slug, 1, Integer::sum);
                bouwer.kop(heading.getLevel(), kop, Optional.empty(), Optional.of(n == 1 ? slug : slug + "-" + n));
            } else {
                bouwer.tekst(TEXT.render(node));
            }
        }
        return bouwer.secties();
    }
}
