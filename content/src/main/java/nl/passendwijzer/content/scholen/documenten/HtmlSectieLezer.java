package nl.passendwijzer.content.scholen.documenten;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.passendwijzer.content.scholen.DocumentSectie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Splits an HTML page into sections at h1–h3; the anchor is the heading's id (or a slug when it has none). */
final class HtmlSectieLezer {
    private static final Set<String> OVERSLAAN = Set.of("script", "style", "nav", "noscript", "template");

    private HtmlSectieLezer() {
    }

    static List<DocumentSectie> lees(String html) {
        Document doc = Jsoup.parse(html);
        SectieBouwer bouwer = new SectieBouwer();
        Set<String> gebruikteAnkers = new HashSet<>();
        StringBuilder blok = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element el && isKop(el)) {
                    bouwer.tekst(blok.toString());
                    blok.setLength(0);
                    String kop = el.text();
                    String anker = el.id().isBlank() ? uniek(Ankers.slug(kop), gebruikteAnkers) : el.id();
                    gebruikteAnkers.add(anker);
                    bouwer.kop(el.tagName().charAt(1) - '0', kop, Optional.empty(), Optional.of(anker));
                } else if (node instanceof TextNode text && !binnenKopOfOverslaan(text)) {
                    blok.append(text.text());
                } else if (node instanceof Element el && el.isBlock()) {
                    bouwer.tekst(blok.toString());
                    blok.setLength(0);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && el.isBlock() && !isKop(el)) {
                    bouwer.tekst(blok.toString());
                    blok.setLength(0);
                }
            }
        }, doc.body());
        bouwer.tekst(blok.toString());
        return bouwer.secties();
    }

    private static boolean isKop(Element el) {
        return el.tagName().matches("h[1-3]");
    }

    private static boolean binnenKopOfOverslaan(TextNode text) {
        for (Node p = text.parent(); p instanceof Element el; p = p.parent()) {
            if (isKop(el) || OVERSLAAN.contains(el.tagName())) {
                return true;
            }
        }
        return false;
    }

    private static String uniek(String slug, Set<String> gebruikt) {
        String kandidaat = slug;
        for (int i = 2; gebruikt.contains(kandidaat); i++) {
            kandidaat = slug + "-" + i;
        }
        return kandidaat;
    }
}
