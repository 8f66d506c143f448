package nl.passendwijzer.server.zoeken;

import java.util.ArrayList;
import java.util.List;

import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import jakarta.json.JsonObject;
import nl.passendwijzer.server.PortalServer;
import nl.passendwijzer.server.TestJson;
import nl.passendwijzer.server.TestPortals;
import nl.passendwijzer.server.zoeken.relevance.JudgedQueries;
import nl.passendwijzer.server.zoeken.relevance.JudgedQuery;
import nl.passendwijzer.server.zoeken.relevance.RelevanceReport;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;

/**
 * Search quality over the judged query set, measured through {@code /api/zoek} itself, so query understanding,
 * answer cards and doelgroep preference count. The ranked list is what the page shows: answer cards, then results.
 */
@ServerTest
class RelevanceTest {
    static final double MIN_NDCG_AT_10 = 0.85;

    private final Http1Client client;

    RelevanceTest(Http1Client client) {
        this.client = client;
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        PortalServer.configure(server, TestPortals.serverConfig(), TestPortals.shared());
        server.port(0);
    }

    @Test
    void judgedQueriesRankWellEnough() {
        RelevanceReport report = RelevanceReport.evaluate("lucene /api/zoek", JudgedQueries.bundled(),
                this::rankedKeys);
        System.out.println(report.summary(10));
        assertThat(report.summary(10), report.meanNdcgAt10(), greaterThanOrEqualTo(MIN_NDCG_AT_10));
    }

    private List<String> rankedKeys(JudgedQuery query) {
        Http1ClientRequest request = client.get("/api/zoek").queryParam("q", query.text());
        query.postcode().ifPresent(p -> request.queryParam("postcode", p));
        query.straalKm().ifPresent(km -> request.queryParam("straal", String.valueOf(km)));
        query.doelgroep().ifPresent(d -> request.queryParam("doelgroep", d));
        query.filters().forEach((dimension, values) -> request.queryParam(dimension, values.toArray(String[]::new)));
        try (var response = request.request()) {
            assertThat(query.text(), response.status(), is(Status.OK_200));
            JsonObject body = TestJson.object(response);
            List<String> keys = new ArrayList<>();
            body.getJsonArray("antwoordKaarten").getValuesAs(JsonObject.class).forEach(card ->
                    keys.add("artikel:" + card.getString("slug") + ":" + card.getString("doelgroep")));
            body.getJsonArray("resultaten").getValuesAs(JsonObject.class).forEach(hit -> keys.add(key(hit)));
            return keys;
        }
    }

    private static String key(JsonObject hit) {
        return switch (hit.getString("type")) {
            case "school" -> "school:" + hit.getString("id");
            case "artikel" -> hit.getString("id");
            default -> "sectie:" + hit.getString("schoolId");
        };
    }
}
