package nl.passendwijzer.content.scholen;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.passendwijzer.content.scholen.documenten.DocumentMetadata;
import nl.passendwijzer.content.scholen.documenten.SchoolDocumentReader;
import nl.passendwijzer.content.scholen.importeren.ImportResult;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchoolDocumentReaderTest {
    private static final DocumentMetadata SOP = new DocumentMetadata("12AB00", DocumentKind.SOP, "2025-2026",
            Optional.of(LocalDate.of(2025, 6, 1)), Optional.empty());

    @Test
    void htmlIsSplitAtH1ToH3WithHeadingPathsAndAnchors() {
        ImportResult<SchoolDocument> result = SchoolDocumentReader.read(Fixtures.pad("schoolgids.html"));

        assertThat(result.report().mislukt(), is(empty()));
        SchoolDocument gids = result.records().get(0);
        assertThat(gids.format(), is(DocumentFormat.HTML));
        assertThat(gids.kind(), is(DocumentKind.SCHOOLGIDS));
        assertThat(gids.schoolId(), is("12AB00"));
        List<DocumentSectie> secties = gids.secties();
        assertThat(secties.stream().map(DocumentSectie::kopPad).toList(), contains(
                List.of("Schoolgids De Voorbeeldschool"),
                List.of("Schoolgids De Voorbeeldschool", "Aanmelden"),
                List.of("Schoolgids De Voorbeeldschool", "Aanmelden", "Zorgplicht"),
                List.of("Schoolgids De Voorbeeldschool", "Klachten & geschillen")));
        assertThat(secties.stream().map(s -> s.anker().orElseThrow()).toList(), contains(
                "schoolgids-de-voorbeeldschool", "aanmelden", "zorgplicht", "klachten-geschillen"));
        assertThat(secties.get(1).tekst(), is("U meldt uw kind schriftelijk aan.\nFormulier invullen\n"
                + "Gesprek met de intern begeleider"));
        assertThat(gids.volledigeTekst(), not(containsString("niet indexeren")));
        assertThat(gids.sha256().length(), is(64));
        assertThat(gids.alsSchoolgids().orElseThrow().secties(), hasSize(4));
    }

    @Test
    void pdfSectionsKeepThePageTheirHeadingIsOn() throws IOException {
        byte[] pdf = pdf(List.of(
                List.of("#Ondersteuningsprofiel", "Dit is een fictief voorbeeld.", "#Basisondersteuning",
                        "Elk kind krijgt basisondersteuning."),
                List.of("Vervolg van de basisondersteuning.", "#Grenzen", "Wij hebben geen lift.")));

        SchoolDocument sop = SchoolDocumentReader.read(pdf, "test.pdf", SOP).records().get(0);

        assertThat(sop.format(), is(DocumentFormat.PDF));
        assertThat(sop.secties().stream().map(DocumentSectie::kop).toList(),
                contains("Ondersteuningsprofiel", "Basisondersteuning", "Grenzen"));
        assertThat(sop.secties().stream().map(s -> s.pagina().orElseThrow()).toList(), contains(1, 1, 2));
        assertThat(sop.secties().get(1).tekst(), is("Elk kind krijgt basisondersteuning.\n"
                + "Vervolg van de basisondersteuning."));
        assertThat(sop.volledigeTekst(), not(containsString("Pagina")));
    }

    @Test
    void markdownHeadingsBecomeSectionsWithSlugAnchors() {
        String md = "# Schoolgids\n\nInleiding.\n\n## Zorgplicht en aanmelden\n\nSchriftelijk aanmelden.\n\n"
                + "## Zorgplicht en aanmelden\n\nNog eens.\n";
        SchoolDocument doc = SchoolDocumentReader.read(md.getBytes(StandardCharsets.UTF_8), "gids.md", SOP)
                .records().get(0);

        assertThat(doc.format(), is(DocumentFormat.MARKDOWN));
        assertThat(doc.secties().stream().map(s -> s.anker().orElseThrow()).toList(),
                contains("schoolgids", "zorgplicht-en-aanmelden", "zorgplicht-en-aanmelden-2"));
    }

    @Test
    void aCorruptPdfIsAFailedRowWithAClearReason() {
        ImportResult<SchoolDocument> result = SchoolDocumentReader.read(Fixtures.pad("kapot.pdf"));

        assertThat(result.records(), is(empty()));
        assertThat(result.report().mislukt().get(0).reden(), containsString("PDF onleesbaar of beschadigd"));
    }

    @Test
    void anEmptyFileIsAFailedRow() {
        ImportResult<SchoolDocument> result = SchoolDocumentReader.read(Fixtures.pad("leeg.md"));

        assertThat(result.records(), is(empty()));
        assertThat(result.report().mislukt().get(0).reden(), is("leeg bestand"));
    }

    @Test
    void theFormatComesFromTheContentNotTheFileName(@TempDir Path dir) throws IOException {
        Path misleidend = dir.resolve("sop.pdf");
        Files.writeString(misleidend, "<!DOCTYPE html><html><body><h2>Grenzen</h2><p>Geen lift.</p></body></html>");
        Files.writeString(dir.resolve("sop.meta.yaml"), "schoolId: 12AB00\nkind: SOP\nschooljaar: 2025-2026\n");

        assertThat(SchoolDocumentReader.read(misleidend).records().get(0).format(), is(DocumentFormat.HTML));
    }

    @Test
    void missingOrBrokenMetadataFailsTheDocument(@TempDir Path dir) throws IOException {
        Path zonder = dir.resolve("los.md");
        Files.writeString(zonder, "# Titel\n\nTekst.\n");
        assertThat(SchoolDocumentReader.read(zonder).report().mislukt().get(0).reden(), containsString("metadata ontbreekt"));

        ImportResult<SchoolDocument> fout = SchoolDocumentReader.read("# T\n\nx\n".getBytes(StandardCharsets.UTF_8),
                "x.md", "schoolId: 12AB00\nkind: SOP\nschooljaar: 2025-2027\n");
        assertThat(fout.report().mislukt().get(0).reden(), containsString("schooljaar"));
    }

    @Test
    void binaryDataThatIsNoPdfIsRejected() {
        ImportResult<SchoolDocument> result = SchoolDocumentReader.read(new byte[] {0x50, 0x4B, 0x03, 0x04, 0x00, 0x01},
                "archief.zip", SOP);

        assertThat(result.report().mislukt().get(0).reden(), containsString("onbekend formaat"));
    }

    /** A PDF with one page per list; lines starting with '#' are set as bold 14pt headings. */
    private static byte[] pdf(List<List<String>> paginas) throws IOException {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int nummer = 1;
            for (List<String> regels : paginas) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = 740;
                    for (String regel : regels) {
                        boolean kop = regel.startsWith("#");
                        cs.beginText();
                        cs.setFont(kop ? bold : regular, kop ? 14 : 10);
                        cs.newLineAtOffset(60, y);
                        cs.showText(kop ? regel.substring(1) : regel);
                        cs.endText();
                        y -= 20;
                    }
                    cs.beginText();
                    cs.setFont(regular, 8);
                    cs.newLineAtOffset(500, 40);
                    cs.showText("Pagina " + nummer++ + " van " + paginas.size());
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
