package nl.passendwijzer.server.zoeken;

import java.util.List;

import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import nl.passendwijzer.server.PortalServer;
import nl.passendwijzer.server.TestJson;
import nl.passendwijzer.server.TestPortals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

@ServerTest
class ZoekServiceTest {
    private final Http1Client client;

    ZoekServiceTest(Http1Client client) {
        this.client = client;
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        PortalServer.configure(server, TestPortals.serverConfig(), TestPortals.shared());
        server.port(0);
    }

    @Test
    void searchesNearAPostcodeWithinARadiusAndLabelsDistancesAsStraightLine() {
        try (var response = client.get("/api/zoek").queryParam("q", "autisme").queryParam("postcode", "3511 AB")
                .queryParam("straal", "5").request()) {
            assertThat(response.status(), is(Status.OK_200));
            JsonObject body = TestJson.object(response);
            JsonArray results = body.getJsonArray("resultaten");
            assertThat(results.size(), greaterThan(0));
            for (JsonObject hit : results.getValuesAs(JsonObject.class)) {
                assertThat(hit.getJsonNumber("afstandKm").doubleValue(), lessThanOrEqualTo(5.0));
                assertThat(hit.getString("afstandLabel"), endsWith("km hemelsbreed"));
            }
            assertThat(body.getJsonObject("oorsprong").getString("postcode"), is("3511"));
            assertThat(body.getJsonObject("facetten").getJsonArray("voorziening").size(), greaterThan(0));
        }
    }

    @Test
    void aVeryBroadSearchEstimatesItsTotalAndCountsAndSaysSoWhileANarrowOneCountsExactly() {
        try (var response = client.get("/api/zoek").queryParam("q", "ondersteuningsprofiel").request()) {
            JsonObject body = TestJson.object(response);
            assertThat(body.getBoolean("totaalGeschat"), is(true));
            assertThat(body.getBoolean("facettenGeschat"), is(true));
            long total = body.getJsonNumber("totaal").longValue();
            assertThat(total, greaterThan(5_000L));
            assertThat(total % 100, is(0L)); // two significant digits: no false precision
        }
        try (var response = client.get("/api/zoek").queryParam("q", "rugzakje").request()) {
            JsonObject body = TestJson.object(response);
            assertThat(body.getBoolean("totaalGeschat"), is(false));
            assertThat(body.getBoolean("facettenGeschat"), is(false));
        }
    }

    @Test
    void aSectionResultNamesItsSchool() {
        try (var response = client.get("/api/zoek").queryParam("q", "dyslexie").queryParam("type", "sop-sectie")
                .request()) {
            JsonArray results = TestJson.object(response).getJsonArray("resultaten");
            assertThat(results.size(), greaterThan(0));
            for (JsonObject hit : results.getValuesAs(JsonObject.class)) {
                assertThat(hit.getString("schoolNaam"), not(is("")));
            }
        }
    }

    @Test
    void aFacetFilterNarrowsResultsAndKeepsCountsOfOtherValues() {
        try (var response = client.get("/api/zoek").queryParam("q", "autisme").queryParam("type", "school")
                .queryParam("voorziening", "rustruimte").request()) {
            JsonObject body = TestJson.object(response);
            JsonArray voorzieningen = body.getJsonObject("facetten").getJsonArray("voorziening");
            long selected = voorzieningen.getValuesAs(JsonObject.class).stream()
                    .filter(v -> v.getBoolean("geselecteerd")).count();
            assertThat(selected, is(1L));
            assertThat(voorzieningen.size(), greaterThan(1));
            body.getJsonArray("resultaten").getValuesAs(JsonObject.class)
                    .forEach(hit -> assertThat(hit.getString("type"), is("school")));
        }
    }

    @Test
    void aTypoGetsADidYouMean() {
        try (var response = client.get("/api/zoek").queryParam("q", "dislexie").request()) {
            JsonObject body = TestJson.object(response);
            assertThat(body.getString("bedoeldeU"), is("dyslexie"));
            assertThat(body.getJsonArray("resultaten").size(), greaterThan(0));
        }
    }

    @Test
    void jargonInTheQueryIsExplained() {
        try (var response = client.get("/api/zoek").queryParam("q", "TLV aanvragen").request()) {
            JsonArray uitleg = TestJson.object(response).getJsonArray("uitleg");
            assertThat(uitleg.size(), greaterThan(0));
            assertThat(uitleg.getJsonObject(0).getString("term"), is("TLV"));
        }
    }

    @Test
    void anOldWordFindsTheArticleThatExplainsWhatItIsCalledNow() {
        // "rugzakje" appears nowhere in the article on extra ondersteuning; the vocabulary names it as its explanation.
        try (var response = client.get("/api/zoek").queryParam("q", "rugzakje").queryParam("type", "artikel")
                .request()) {
            List<String> ids = TestJson.object(response).getJsonArray("resultaten").getValuesAs(JsonObject.class)
                    .stream().map(hit -> hit.getString("id")).toList();
            assertThat(ids, hasItem("artikel:extra-ondersteuning:ouders"));
        }
    }

    @Test
    void snippetsAreEscapedHtml() {
        try (var response = client.get("/api/zoek").queryParam("q", "dyslexie").request()) {
            String snippet = TestJson.object(response).getJsonArray("resultaten").getJsonObject(0).getString("snippet");
            assertThat(snippet, containsString("<mark>"));
            assertThat(snippet, not(containsString("<script")));
        }
    }

    @Test
    void suggestsSchoolNamesPlacesAndTerms() {
        try (var response = client.get("/api/suggesties").queryParam("q", "dysl").request()) {
            JsonArray suggestions = TestJson.array(response);
            assertThat(suggestions.size(), greaterThan(0));
            assertThat(suggestions.getJsonObject(0).getString("tekst").toLowerCase(), containsString("dysl"));
        }
    }

    @ParameterizedTest
    @CsvSource({"postcode,35,invalid-postcode", "straal,10,radius-without-postcode", "pagina,0,invalid-page",
                "pagina,abc,invalid-page", "paginaGrootte,500,invalid-page-size", "type,pdf,invalid-type",
                "doelgroep,leraren,invalid-doelgroep"})
    void badParametersAreProblemsNeverServerErrors(String name, String value, String code) {
        try (var response = client.get("/api/zoek").queryParam("q", "autisme").queryParam(name, value).request()) {
            assertThat(response.status(), is(Status.BAD_REQUEST_400));
            assertThat(TestJson.object(response).getString("code"), is(code));
        }
    }

    @Test
    void anOverlongQueryIsRefused() {
        try (var response = client.get("/api/zoek").queryParam("q", "a".repeat(201)).request()) {
            assertThat(TestJson.object(response).getString("code"), is("query-too-long"));
        }
    }
}
