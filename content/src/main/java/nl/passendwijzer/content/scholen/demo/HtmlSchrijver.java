package nl.passendwijzer.content.scholen.demo;

import java.util.HashMap;
import java.util.Map;
import nl.passendwijzer.content.scholen.documenten.Ankers;

/** Writes a {@link TekstDocument} as a small, valid HTML5 page with ids on every heading and a table of contents. */
final class HtmlSchrijver {
    private HtmlSchrijver() {
    }

    static String schrijf(TekstDocument doc) {
        StringBuilder inhoud = new StringBuilder();
        StringBuilder toc = new StringBuilder();
        Map<String, Integer> ids = new HashMap<>();
        String titelId = Ankers.slug(doc.titel());
        ids.put(titelId, 1);
        inhoud.append("<h1 id=\"").append(titelId).append("\">").append(esc(doc.titel())).append("</h1>\n");
        inhoud.append("<p class=\"ondertitel\">").append(esc(doc.ondertitel())).append("</p>\n");
        for (TekstDocument.Blok blok : doc.blokken()) {
            switch (blok) {
                case TekstDocument.Kop k -> {
                    String slug = Ankers.slug(k.tekst());
                    int n = ids.merge(slug, 1, Integer::sum);
                    String id = n == 1 ? slug : slug + "-" + n;
                    inhoud.append("<h").append(k.niveau()).append(" id=\"").append(id).append("\">")
                            .append(esc(k.tekst())).append("</h").append(k.niveau()).append(">\n");
                    if (k.niveau() == 2) {
                        toc.append("      <li><a href=\"#").append(id).append("\">").append(esc(k.tekst()))
                                .append("</a></li>\n");
                    }
                }
                case TekstDocument.Alinea a -> inhoud.append("<p>").append(esc(a.tekst())).append("</p>\n");
                case TekstDocument.Opsomming o -> {
                    inhoud.append("<ul>\n");
                    o.punten().forEach(p -> inhoud.append("  <li>").append(esc(p)).append("</li>\n"));
                    inhoud.append("</ul>\n");
                }
            }
        }
        return """
                <!DOCTYPE html>
                <html lang="nl">
                <head>
                  <meta charset="utf-8">
                  <title>%s</title>
                  <meta name="robots" content="noindex">
                </head>
                <body>
                  <nav aria-label="Inhoud">
                    <ul>
                %s    </ul>
                  </nav>
                  <main>
                %s  </main>
                </body>
                </html>
                """.formatted(esc(doc.titel()), toc, inhoud);
    }

    private static String esc(String t) {
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
