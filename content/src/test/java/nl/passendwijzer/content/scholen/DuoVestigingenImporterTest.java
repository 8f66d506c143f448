package nl.passendwijzer.content.scholen;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import nl.passendwijzer.content.scholen.importeren.DuoSwvScholenImporter;
import nl.passendwijzer.content.scholen.importeren.DuoVestigingenImporter;
import nl.passendwijzer.content.scholen.importeren.ImportReport;
import nl.passendwijzer.content.scholen.importeren.ImportResult;
import nl.passendwijzer.content.scholen.importeren.SwvKoppeling;
import nl.passendwijzer.content.scholen.importeren.SwvKoppelingen;
import org.junit.jupiter.api.Test;

class DuoVestigingenImporterTest {

    @Test
    void readsGoodRowsOfAUtf8FileWithBomAndReportsEachBrokenRowWithItsLine() {
        ImportResult<School> result = DuoVestigingenImporter.read(Fixtures.pad("duo-bo-utf8.csv"));

        assertThat(result.records().stream().map(School::id).toList(), contains("12AB00", "12AB01", "07XY00"));
        School octaaf = result.records().get(0);
        assertThat(octaaf.naam(), is("Basisschool Het Octaaf"));
        assertThat(octaaf.soort(), is(SchoolSoort.BAO));
        assertThat(octaaf.postcode(), is("3511 AB"));
        assertThat(octaaf.pc4(), is("3511"));
        assertThat(octaaf.straatHuisnummer(), is("Oudegracht 12"));
        assertThat(octaaf.website(), is(Optional.of("https://www.voorbeeld-octaaf.nl")));
        assertThat(octaaf.fictief(), is(false));
        assertThat(result.records().get(1).postcode(), is("3512 PH"));
        assertThat(result.records().get(2).naam(), is("Café-school De Eénhoorn"));

        ImportReport report = result.report();
        assertThat(report.geimporteerd(), is(3));
        assertThat(report.mislukt().stream().map(ImportReport.Melding::regel).toList(), contains(5, 6, 7));
        assertThat(report.mislukt().get(0).reden(), containsString("postcode ontbreekt"));
        assertThat(report.mislukt().get(1).reden(), containsString("ongeldige vestigingscode '1XAB00'"));
        assertThat(report.mislukt().get(2).reden(), containsString("verkeerd aantal kolommen"));
        assertThat(report.overgeslagen(), hasSize(1));
        assertThat(report.overgeslagen().get(0).reden(), containsString("12AB00 staat er al eerder in"));
    }

    @Test
    void readsWindows1252WithReorderedAndExtraColumnsAndTakesTheSoortFromSoortPo() {
        ImportResult<School> result = DuoVestigingenImporter.read(Fixtures.pad("duo-so-cp1252.csv"));

        assertThat(result.report().mislukt(), is(empty()));
        assertThat(result.records().stream().map(School::naam).toList(),
                contains("SBO Ééndracht", "VSO Zeeënlicht", "SO Ëlskerhof"));
        assertThat(result.records().stream().map(School::soort).toList(),
                contains(SchoolSoort.SBO, SchoolSoort.VSO, SchoolSoort.SO));
    }

    @Test
    void readsVoLevelsFromOnderwijsstructuur() {
        ImportResult<School> result = DuoVestigingenImporter.read(Fixtures.pad("duo-vo-utf8.csv"));

        assertThat(result.records().get(0).niveaus(), contains(VoNiveau.VMBO, VoNiveau.HAVO, VoNiveau.VWO));
        assertThat(result.records().get(1).niveaus(), contains(VoNiveau.PRO));
        assertThat(result.records().get(1).soort(), is(SchoolSoort.VO));
    }

    @Test
    void anEmptyFileIsOneFailedRowNotAnException() {
        ImportResult<School> result = DuoVestigingenImporter.read(Fixtures.pad("leeg.csv"));

        assertThat(result.records(), is(empty()));
        assertThat(result.report().mislukt(), hasSize(1));
        assertThat(result.report().mislukt().get(0).reden(), containsString("leeg bestand"));
    }

    @Test
    void aFileWithoutTheNeededColumnsFailsAsAWhole() {
        ImportResult<School> result = DuoVestigingenImporter.read("NAAM;ADRES\r\nx;y\r\n".getBytes(StandardCharsets.UTF_8),
                "verkeerd.csv");

        assertThat(result.records(), is(empty()));
        assertThat(result.report().mislukt().get(0).reden(), containsString("geen DUO-vestigingenbestand"));
    }

    @Test
    void unreadableQuotingKeepsTheRowsBeforeItAndReportsTheRest() {
        String csv = "VESTIGINGSCODE;VESTIGINGSNAAM;POSTCODE\r\n12AB00;Goed;3511 AB\r\n12AB01;\"Kapot;3511 AB\r\n";
        ImportResult<School> result = DuoVestigingenImporter.read(csv.getBytes(StandardCharsets.UTF_8), "quotes.csv");

        assertThat(result.records().stream().map(School::id).toList(), contains("12AB00"));
        assertThat(result.report().mislukt().get(0).reden(), containsString("onleesbare CSV"));
    }

    @Test
    void schoolsPerSamenwerkingsverbandAreLinkedAndSpecialSchoolsKeepOnlyTheList() {
        ImportResult<SwvKoppeling> links = DuoSwvScholenImporter.read(Fixtures.pad("duo-swv-po.csv"));
        assertThat(links.records(), contains(new SwvKoppeling("12AB00", "PO2601"), new SwvKoppeling("12AB01", "PO2601"),
                new SwvKoppeling("99ZZ00", "PO2601")));
        assertThat(links.report().mislukt().get(0).regel(), is(4));

        ImportResult<School> scholen = SwvKoppelingen.koppel(DuoVestigingenImporter.read(Fixtures.pad("duo-bo-utf8.csv")),
                links);
        assertThat(scholen.records().get(0).swvCode(), is(Optional.of("PO2601")));
        assertThat(scholen.records().get(2).swvCode(), is(Optional.empty()));
        assertThat(scholen.report().overgeslagen().stream().map(ImportReport.Melding::reden).toList().toString(),
                containsString("onbekende vestiging 99ZZ00"));

        School so = DuoVestigingenImporter.read(Fixtures.pad("duo-so-cp1252.csv")).records().get(2)
                .metSwvs(List.of("PO2001", "PO2002"));
        assertThat(so.swvCode(), is(Optional.empty()));
        assertThat(so.swvCodes(), equalTo(List.of("PO2001", "PO2002")));
    }
}
