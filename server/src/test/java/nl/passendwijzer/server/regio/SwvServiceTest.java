package nl.passendwijzer.server.regio;

import io.helidon.http.Status;
import io.helidon.webclient.api.ClientResponseTyped;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import jakarta.json.JsonObject;
import nl.passendwijzer.server.PortalServer;
import nl.passendwijzer.server.TestJson;
import nl.passendwijzer.server.TestPortals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@ServerTest
class SwvServiceTest {
    private final Http1Client client;

    SwvServiceTest(Http1Client client) {
        this.client = client;
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        PortalServer.configure(server, TestPortals.serverConfig(), TestPortals.shared());
        server.port(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1011", "1011AB", "1011 ab", " 1011 AB "})
    void postcodeInAnyCommonFormGivesThePoAndVoSamenwerkingsverband(String postcode) {
        JsonObject body = lookup(postcode, Status.OK_200);
        assertThat(body.getString("postcode"), is("1011"));
        assertThat(body.getString("gemeente"), is("Amsterdam"));
        assertThat(body.getJsonObject("po").getString("code"), is("PO2707"));
        assertThat(body.getJsonObject("vo").getString("code"), is("VO2708"));
        assertThat(body.getJsonObject("po").getJsonObject("informatiepunt").getBoolean("placeholder"), is(true));
    }

    @Test
    void postcodeWithoutSamenwerkingsverbandGetsAnExplicitAnswerNotAGuess() {
        JsonObject body = lookup("3197", Status.OK_200);
        assertThat(body.containsKey("po"), is(false));
        assertThat(body.containsKey("vo"), is(false));
        JsonObject none = body.getJsonObject("geenSamenwerkingsverband");
        assertThat(none.getString("reden"), is("geen-swv-in-regio-indeling"));
        assertThat(none.getString("melding"), containsString("landelijk loket"));
        assertThat(none.getJsonObject("landelijkLoket").getString("naam"), notNullValue());
    }

    @Test
    void postcodeMissingFromTheRegioIndelingIsExplainedToo() {
        JsonObject body = lookup("1000", Status.OK_200);
        assertThat(body.getJsonObject("geenSamenwerkingsverband").getString("reden"), is("pc4-niet-in-regio-indeling"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"351", "0511", "35110", "ABCD", "3511ABC", "<script>", ""})
    void malformedPostcodeIsAProblemWithADutchMessage(String postcode) {
        try (var response = client.get("/api/swv").queryParam("postcode", postcode).request()) {
            assertThat(response.status(), is(Status.BAD_REQUEST_400));
            assertThat(response.headers().contentType().orElseThrow().text(), startsWith("application/problem+json"));
            JsonObject body = TestJson.object(response);
            assertThat(body.getString("code"), is("invalid-postcode"));
            assertThat(body.getString("detail"), containsString("postcode"));
        }
    }

    @Test
    void oneSamenwerkingsverbandByCodeWithItsGemeenten() {
        JsonObject body = get("/api/swv/PO2707", Status.OK_200);
        assertThat(body.getString("sector"), is("po"));
        assertThat(body.getJsonArray("gemeenten").getValuesAs(jakarta.json.JsonString::getString),
                   hasItems("Amsterdam", "Diemen"));
        assertThat(body.getInt("pc4Aantal"), is(84));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PO9999", "XX12", "Europoort"})
    void unknownCodeIsNotFound(String code) {
        JsonObject body = get("/api/swv/" + code, Status.NOT_FOUND_404);
        assertThat(body.getString("code"), is("swv-not-found"));
    }

    @Test
    void listsAllSamenwerkingsverbanden() {
        ClientResponseTyped<jakarta.json.JsonArray> response = client.get("/api/swv").request(jakarta.json.JsonArray.class);
        assertThat(response.status(), is(Status.OK_200));
        assertThat(response.entity().size(), is(150));
    }

    private JsonObject lookup(String postcode, Status expected) {
        try (var response = client.get("/api/swv").queryParam("postcode", postcode).request()) {
            assertThat(postcode, response.status(), is(expected));
            return TestJson.object(response);
        }
    }

    private JsonObject get(String path, Status expected) {
        try (var response = client.get(path).request()) {
            assertThat(path, response.status(), is(expected));
            return TestJson.object(response);
        }
    }
}
