package nl.passendwijzer.server.intake;

/** HTML escaping for server-rendered pages: every piece of data goes through {@link #e(String)}. */
final class Html {
    private Html() {
    }

    static String e(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String page(String title, String body) {
        return "<!doctype html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + e(title) + " - Passend Wijzer</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head>"
                + "<body><a class=\"naar-inhoud\" href=\"#inhoud\">Naar de inhoud</a>"
                + "<header class=\"kop\"><div class=\"kop-binnen\"><a class=\"logo\" href=\"/\">Passend Wijzer</a>"
                + "<nav aria-label=\"Hoofdmenu\"><ul><li><a href=\"/\">Zoeken</a></li><li><a href=\"/rechten\">Rechten</a></li>"
                + "<li><a href=\"/vraag\">Vraag stellen</a></li><li><a href=\"/volg\">Volg je vraag</a></li></ul></nav></div></header>"
                + "<main id=\"inhoud\" class=\"hoofd\">" + body + "</main></body></html>\n";
    }
}
