package nl.passendwijzer.content.scholen.demo;

/** Writes a {@link TekstDocument} as Markdown: {@code #} title, {@code ##} chapters, {@code ###} paragraphs. */
final class MarkdownSchrijver {
    private MarkdownSchrijver() {
    }

    static String schrijf(TekstDocument doc) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(doc.titel()).append("\n\n_").append(doc.ondertitel()).append("_\n\n");
        for (TekstDocument.Blok blok : doc.blokken()) {
            switch (blok) {
                case TekstDocument.Kop k -> md.append("#".repeat(k.niveau())).append(' ').append(k.tekst()).append("\n\n");
                case TekstDocument.Alinea a -> md.append(a.tekst()).append("\n\n");
                case TekstDocument.Opsomming o -> {
                    o.punten().forEach(p -> md.append("- ").append(p).append('\n'));
                    md.append('\n');
                }
            }
        }
        return md.toString();
    }
}
