package nl.passendwijzer.content.scholen;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import nl.passendwijzer.content.scholen.importeren.ImportResult;
import nl.passendwijzer.content.scholen.importeren.SwvContactenImporter;
import nl.passendwijzer.content.scholen.importeren.SwvContactenImporter.SwvContact;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

class SwvContactenImporterTest {

    @Test
    void readsContactsAndReportsEveryBadRowWithItsReason() {
        String csv = """
                "SAMENWERKINGSVERBAND";"NAAM INFORMATIEPUNT";"E-MAILADRES";"TELEFOONNUMMER";"INTERNETADRES";"OPENINGSTIJDEN"
                "PO 27-07";"Ouder- en jeugdsteunpunt Amsterdam";"info@voorbeeld.nl";"020 123 45 67";"https://voorbeeld.nl";"ma-vr 9-17"
                "VO2708";"";"geen-adres";"";"";""
                "XX1234";"Onbekend";"a@b.nl";"";"";""
                "PO2601";"Steunpunt Utrecht";"";"";"";""
                "PO2707";"Dubbel";"dubbel@voorbeeld.nl";"";"";""
                """;
        ImportResult<SwvContact> result = SwvContactenImporter.read(csv.getBytes(StandardCharsets.UTF_8), "test.csv");

        assertThat(result.records(), hasSize(1));
        SwvContact contact = result.records().getFirst();
        assertThat(contact.swvCode(), is("PO2707"));
        assertThat(contact.email(), is(Optional.of("info@voorbeeld.nl")));
        assertThat(result.report().mislukt().stream().map(m -> m.reden()).toList(),
                   contains(containsString("e-mailadres"), containsString("code")));
        assertThat(result.report().overgeslagen(), hasSize(2));
    }

    @Test
    void acceptsWindows1252AndRefusesAFileWithoutCodeColumn() {
        String csv = "SAMENWERKINGSVERBAND;NAAM INFORMATIEPUNT;TELEFOONNUMMER\nVO2708;Steunpunt Zuidoost é;0201234567\n";
        ImportResult<SwvContact> latin = SwvContactenImporter.read(csv.getBytes(Charset.forName("windows-1252")), "x");
        assertThat(latin.records().getFirst().naam(), is(Optional.of("Steunpunt Zuidoost é")));

        ImportResult<SwvContact> wrong = SwvContactenImporter.read("NAAM;EMAIL\nx;y@z.nl\n".getBytes(), "y");
        assertThat(wrong.records(), hasSize(0));
        assertThat(wrong.report().mislukt().getFirst().reden(), containsString("SAMENWERKINGSVERBAND"));
    }
}
