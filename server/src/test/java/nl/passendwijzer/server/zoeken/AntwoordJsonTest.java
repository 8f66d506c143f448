package nl.passendwijzer.server.zoeken;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonValue;
import nl.passendwijzer.content.vocabulaire.Vocabulaire;
import nl.passendwijzer.search.FacetCount;
import nl.passendwijzer.server.http.Json;
import nl.passendwijzer.server.zoeken.ZoekViews.AntwoordKaart;
import nl.passendwijzer.server.zoeken.ZoekViews.FacetWaarde;
import nl.passendwijzer.server.zoeken.ZoekViews.Oorsprong;
import nl.passendwijzer.server.zoeken.ZoekViews.Resultaat;
import nl.passendwijzer.server.zoeken.ZoekViews.Uitleg;
import nl.passendwijzer.server.zoeken.ZoekViews.ZoekAntwoord;
import org.junit.jupiter.api.Test;

/** The hand-written answer JSON says what JSON-B says of the same answer, facets included. */
class AntwoordJsonTest {
    /** No SWV dimension below, so no SWV names are looked up. */
    private final ZoekLabels labels = new ZoekLabels(Vocabulaire.bundled(), null);
    private final AntwoordJson json = new AntwoordJson(labels);

    private static final Map<String, List<FacetCount>> COUNTS = counts();

    @Test
    void aFullAnswerReadsAsJsonBWritesIt() {
        ZoekAntwoord answer = new ZoekAntwoord("mag de school \"weigeren\" <b>? ë", 12_000, true, 2, 10,
                List.of(
                        new Resultaat("sop-1#3", "sop-sectie", "Basisschool De Linde: Dyslexie", "/api/documenten/1#page=4",
                                "00AA", "Basisschool De Linde", List.of("Ondersteuning", "Dyslexie"), 4, null,
                                "Wij bieden <mark>dyslexie</mark>begeleiding … en &amp; meer", 1.2,
                                "1,2 km hemelsbreed", List.of("gevonden in: tekst", "afstand 1,2 km hemelsbreed"), true),
                        new Resultaat("artikel:zorgplicht:ouders", "artikel", "Zorgplicht", "/rechten/zorgplicht",
                                null, null, List.of(), null, "aanmelden", null, null, null, List.of(), false)),
                List.of(new AntwoordKaart("zorgplicht", "ouders", "Zorgplicht", "De school moet…", "/rechten/zorgplicht")),
                null, true, "dyslexie", List.of(new Uitleg("TLV", "Toelaatbaarheidsverklaring: …", null)),
                new Oorsprong("3511", 25.0, false));
        assertSameAsJsonB(answer);
    }

    @Test
    void anEmptyAnswerWithoutOriginReadsAsJsonBWritesIt() {
        assertSameAsJsonB(new ZoekAntwoord("", 0, false, 1, 10, List.of(), List.of(), null, false, null, List.of(),
                null));
        assertSameAsJsonB(new ZoekAntwoord("autisme 3511", 3, false, 1, 10, List.of(), List.of(), null, false, null,
                List.of(), new Oorsprong("3511", null, true)));
    }

    private void assertSameAsJsonB(ZoekAntwoord answer) {
        Map<String, List<FacetWaarde>> facetten = new LinkedHashMap<>();
        COUNTS.forEach((dimension, values) -> facetten.put(dimension, values.stream()
                .map(count -> new FacetWaarde("type".equals(dimension) ? ZoekLabels.wireType(
                        nl.passendwijzer.search.DocumentType.valueOf(count.value())) : count.value(),
                        labels.label(dimension, count.value()), count.count(), count.selected()))
                .toList()));
        ZoekAntwoord withFacets = new ZoekAntwoord(answer.q(), answer.totaal(), answer.totaalGeschat(),
                answer.pagina(), answer.paginaGrootte(), answer.resultaten(), answer.antwoordKaarten(), facetten,
                answer.facettenGeschat(), answer.bedoeldeU(), answer.uitleg(), answer.oorsprong());
        String written = new String(json.write(answer, COUNTS), StandardCharsets.UTF_8);
        assertThat(parse(written), is(parse(Json.write(withFacets))));
    }

    private static JsonValue parse(String text) {
        try (var reader = jakarta.json.Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    private static Map<String, List<FacetCount>> counts() {
        Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
        counts.put("type", List.of(new FacetCount("SOP_SECTIE", 9_000, false), new FacetCount("SCHOOL", 40, true)));
        counts.put("sector", List.of(new FacetCount("po", 30, false)));
        counts.put("gebied", List.of(new FacetCount("dyslexie", 12, false), new FacetCount("onbekend", 1, false)));
        counts.put("gemeente", List.of(new FacetCount("Súdwest-Fryslân", 2, false)));
        return counts;
    }
}
