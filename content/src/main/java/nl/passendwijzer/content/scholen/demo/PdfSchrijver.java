package nl.passendwijzer.content.scholen.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a {@link TekstDocument} as an A4 PDF with the standard Helvetica fonts: a large bold title, bold chapter
 * and paragraph headings, wrapped body text, bullets and "Pagina n van m" footers. Dates and the document id are
 * fixed, so the same document always gives the same bytes.
 */
final class PdfSchrijver {
    private static final PDType1Font REGULIER = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font VET = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float MARGE = 60;
    private static final float BREEDTE = PDRectangle.A4.getWidth() - 2 * MARGE;
    private static final float BOVEN = PDRectangle.A4.getHeight() - MARGE;
    private static final float ONDER = MARGE + 20;

    private record Regel(PDType1Font font, float grootte, float x, float y, String tekst) {
    }

    private final List<List<Regel>> paginas = new ArrayList<>();
    private final Map<Character, Character> veilig = new HashMap<>();
    private List<Regel> pagina;
    private float y;

    private PdfSchrijver() {
        nieuwePagina();
    }

    static byte[] schrijf(TekstDocument doc, long documentId, Calendar datum) {
        PdfSchrijver s = new PdfSchrijver();
        s.blok(VET, 20, 0, doc.titel(), 26, 4);
        s.blok(REGULIER, 11, 0, doc.ondertitel(), 15, 14);
        for (TekstDocument.Blok blok : doc.blokken()) {
            switch (blok) {
                case TekstDocument.Kop k when k.niveau() == 2 -> {
                    s.ruimteVoor(60);
                    s.blok(VET, 14, 0, k.tekst(), 18, 6);
                }
                case TekstDocument.Kop k -> {
                    s.ruimteVoor(45);
                    s.blok(VET, 11.5f, 0, k.tekst(), 15, 3);
                }
                case TekstDocument.Alinea a -> s.blok(REGULIER, 10, 0, a.tekst(), 14, 7);
                case TekstDocument.Opsomming o -> {
                    for (String punt : o.punten()) {
                        s.punt(punt);
                    }
                    s.y -= 5;
                }
            }
        }
        return s.opslaan(doc, documentId, datum);
    }

    /** A fixed creation date (noon UTC) for reproducible output. */
    static Calendar datum(java.time.LocalDate d) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.clear();
        c.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth(), 12, 0, 0);
        return c;
    }

    private void blok(PDType1Font font, float grootte, float inspringing, String tekst, float regelafstand,
                      float naAfstand) {
        for (String regel : afbreken(font, grootte, veilig(font, tekst), BREEDTE - inspringing)) {
            if (y - regelafstand < ONDER) {
                nieuwePagina();
            }
            y -= regelafstand;
            pagina.add(new Regel(font, grootte, MARGE + inspringing, y, regel));
        }
        y -= naAfstand;
    }

    private void punt(String tekst) {
        if (y - 14 < ONDER) {
            nieuwePagina();
        }
        pagina.add(new Regel(REGULIER, 10, MARGE + 4, y - 14, "\u2022"));
        blok(REGULIER, 10, 16, tekst, 14, 2);
    }

    private void ruimteVoor(float nodig) {
        if (y - nodig < ONDER) {
            nieuwePagina();
        } else {
            y -= 6;
        }
    }

    private void nieuwePagina() {
        pagina = new ArrayList<>();
        paginas.add(pagina);
        y = BOVEN;
    }

    private static List<String> afbreken(PDType1Font font, float grootte, String tekst, float breedte) {
        List<String> regels = new ArrayList<>();
        StringBuilder regel = new StringBuilder();
        for (String woord : tekst.split(" ")) {
            String kandidaat = regel.isEmpty() ? woord : regel + " " + woord;
            if (!regel.isEmpty() && breedte(font, grootte, kandidaat) > breedte) {
                regels.add(regel.toString());
                regel.setLength(0);
                regel.append(woord);
            } else {
                regel.setLength(0);
                regel.append(kandidaat);
            }
        }
        if (!regel.isEmpty()) {
            regels.add(regel.toString());
        }
        return regels;
    }

    private static float breedte(PDType1Font font, float grootte, String tekst) {
        try {
            return font.getStringWidth(tekst) / 1000 * grootte;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces characters the WinAnsi encoding of the standard fonts cannot show. */
    private String veilig(PDType1Font font, String tekst) {
        StringBuilder b = new StringBuilder(tekst.length());
        for (char c : tekst.toCharArray()) {
            b.append(veilig.computeIfAbsent(c, ch -> {
                try {
                    font.encode(String.valueOf(ch));
                    return ch;
                } catch (IOException | IllegalArgumentException e) {
                    return '?';
                }
            }));
        }
        return b.toString();
    }

    private byte[] opslaan(TekstDocument doc, long documentId, Calendar datum) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int totaal = paginas.size();
            for (int i = 0; i < totaal; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                    for (Regel r : paginas.get(i)) {
                        tekst(cs, r.font(), r.grootte(), r.x(), r.y(), r.tekst());
                    }
                    String voet = "Pagina " + (i + 1) + " van " + totaal;
                    tekst(cs, REGULIER, 8, MARGE + BREEDTE - breedte(REGULIER, 8, voet), MARGE - 10, voet);
                }
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(veilig(REGULIER, doc.titel()));
            info.setAuthor("Passend Wijzer demo (fictief)");
            info.setSubject("Fictief voorbeeld");
            info.setCreator("Passend Wijzer DemoSetGenerator");
            info.setProducer("Passend Wijzer");
            info.setCreationDate(datum);
            info.setModificationDate(datum);
            pdf.setDocumentId(documentId);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void tekst(PDPageContentStream cs, PDType1Font font, float grootte, float x, float y, String t)
            throws IOException {
        cs.beginText();
        cs.setFont(font, grootte);
        cs.newLineAtOffset(x, y);
        cs.showText(t);
        cs.endText();
    }
}
