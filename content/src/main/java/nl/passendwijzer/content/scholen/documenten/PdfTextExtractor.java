package nl.passendwijzer.content.scholen.documenten;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.passendwijzer.content.scholen.DocumentSectie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Extracts the text of a PDF page by page and splits it into sections. A line counts as a heading when it is
 * short, does not end like a sentence and is set larger than the body text or in a bold font; the larger the
 * font, the higher the level. Page footers ("Pagina 3 van 8", a lone number) are dropped.
 */
public final class PdfTextExtractor {
    private static final Pattern VOETTEKST = Pattern.compile("(?i)(pagina\\s+)?\\d+(\\s*(van|/)\\s*\\d+)?");
    private static final int MAX_KOP_LENGTE = 110;

    private record Regel(int pagina, String tekst, float grootte, boolean vet) {
    }

    private PdfTextExtractor() {
    }

    /**
     * The sections of a PDF, with the page each heading is on.
     *
     * @throws IOException when the bytes are not a readable PDF
     */
    public static List<DocumentSectie> secties(byte[] pdf) throws IOException {
        List<Regel> ruw = regels(pdf);
        float body = bodyGrootte(ruw);
        List<Regel> regels = kopRegelsSamengevoegd(ruw, body);
        TreeSet<Float> kopGroottes = new TreeSet<>((a, b) -> Float.compare(b, a));
        regels.stream().filter(r -> isKop(r, body) && r.grootte() > body * 1.1f)
                .forEach(r -> kopGroottes.add(afgerond(r.grootte())));
        SectieBouwer bouwer = new SectieBouwer();
        for (Regel r : regels) {
            bouwer.paginaAlsNogLeeg(r.pagina());
            if (isKop(r, body)) {
                int niveau = r.grootte() > body * 1.1f ? kopGroottes.headSet(afgerond(r.grootte())).size() + 1
                        : kopGroottes.size() + 1;
                bouwer.kop(Math.min(niveau, 3), r.tekst(), Optional.of(r.pagina()), Optional.empty());
            } else {
                bouwer.tekst(r.tekst());
            }
        }
        return bouwer.secties();
    }

    /** Page texts, for callers that only need plain text. */
    public static List<String> paginaTeksten(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    private static List<Regel> regels(byte[] pdf) throws IOException {
        List<Regel> regels = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    String t = text.strip();
                    if (t.isEmpty() || VOETTEKST.matcher(t).matches()) {
                        return;
                    }
                    float grootte = 0;
                    boolean vet = !positions.isEmpty();
                    for (TextPosition pos : positions) {
                        grootte = Math.max(grootte, pos.getFontSizeInPt());
                        String font = pos.getFont() == null || pos.getFont().getName() == null ? ""
                                : pos.getFont().getName().toLowerCase(Locale.ROOT);
                        vet &= font.contains("bold") || font.contains("black") || font.contains("heavy");
                    }
                    regels.add(new Regel(getCurrentPageNo(), t, grootte, vet));
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(document);
        }
        return regels;
    }

    /** A heading that wraps over two lines is one heading. */
    private static List<Regel> kopRegelsSamengevoegd(List<Regel> regels, float body) {
        List<Regel> result = new ArrayList<>();
        for (Regel r : regels) {
            Regel vorige = result.isEmpty() ? null : result.get(result.size() - 1);
            if (vorige != null && isKop(vorige, body) && isKop(r, body) && vorige.pagina() == r.pagina()
                    && afgerond(vorige.grootte()) == afgerond(r.grootte()) && vorige.vet() == r.vet()) {
                result.set(result.size() - 1, new Regel(r.pagina(), vorige.tekst() + " " + r.tekst(), r.grootte(), r.vet()));
            } else {
                result.add(r);
            }
        }
        return result;
    }

    private static boolean isKop(Regel r, float body) {
        String t = r.tekst();
        boolean groter = r.grootte() > body * 1.1f;
        return (groter || r.vet()) && t.length() <= MAX_KOP_LENGTE && !t.endsWith(".") && !t.endsWith(",")
                && !t.endsWith(":") && Character.isLetterOrDigit(t.charAt(0));
    }

    /** The font size that carries the most characters: the body text. */
    private static float bodyGrootte(List<Regel> regels) {
        Map<Float, Integer> tekens = new HashMap<>();
        regels.forEach(r -> tekens.merge(afgerond(r.grootte()), r.tekst().length(), Integer::sum));
        return tekens.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(10f);
    }

    private static float afgerond(float size) {
        return Math.round(size * 2) / 2f;
    }
}
