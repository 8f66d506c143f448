package nl.passendwijzer.server.rechten;

import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import nl.passendwijzer.server.PortalServer;
import nl.passendwijzer.server.TestJson;
import nl.passendwijzer.server.TestPortals;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

@ServerTest
class RechtenServiceTest {
    private final Http1Client client;

    RechtenServiceTest(Http1Client client) {
        this.client = client;
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        PortalServer.configure(server, TestPortals.serverConfig(), TestPortals.shared());
        server.port(0);
    }

    @Test
    void listsAtLeastThirtyTopicsForBothAudiences() {
        try (var response = client.get("/api/rechten").request()) {
            JsonArray all = TestJson.array(response);
            assertThat(all.size(), greaterThanOrEqualTo(60));
            long ouders = all.getValuesAs(JsonObject.class).stream()
                    .filter(a -> a.getString("doelgroep").equals("ouders")).count();
            assertThat(ouders, greaterThanOrEqualTo(30L));
            assertThat(all.size(), is((int) ouders * 2));
        }
    }

    @Test
    void servesAnArticleWithItsSourcesAndALinkToTheOtherAudience() {
        try (var response = client.get("/api/rechten/zorgplicht").request()) {
            assertThat(response.status(), is(Status.OK_200));
            JsonObject article = TestJson.object(response);
            assertThat(article.getString("doelgroep"), is("ouders"));
            assertThat(article.getJsonArray("bronnen").size(), greaterThanOrEqualTo(2));
            assertThat(article.getString("html"), containsString("<h2"));
            assertThat(article.getJsonObject("andereDoelgroep").getString("url"),
                       is("/rechten/zorgplicht?doelgroep=jongeren"));
            assertThat(article.getString("statusLabel"), not(is("")));
        }
    }

    @Test
    void jongerenVersionIsAnotherText() {
        try (var ouders = client.get("/api/rechten/thuiszitten").request();
             var jongeren = client.get("/api/rechten/thuiszitten").queryParam("doelgroep", "jongeren").request()) {
            JsonObject o = TestJson.object(ouders);
            JsonObject j = TestJson.object(jongeren);
            assertThat(j.getString("doelgroep"), is("jongeren"));
            assertThat(j.getString("html"), not(is(o.getString("html"))));
        }
    }

    @Test
    void unknownArticleOrAudienceIsAProblem() {
        try (var response = client.get("/api/rechten/bestaat-niet").request()) {
            assertThat(response.status(), is(Status.NOT_FOUND_404));
            assertThat(TestJson.object(response).getString("code"), is("article-not-found"));
        }
        try (var response = client.get("/api/rechten/zorgplicht").queryParam("doelgroep", "leraren").request()) {
            assertThat(response.status(), is(Status.BAD_REQUEST_400));
            assertThat(TestJson.object(response).getString("code"), is("invalid-doelgroep"));
        }
    }

    @Test
    void vocabularyExplainsTlv() {
        try (var response = client.get("/api/vocabulaire").request()) {
            JsonArray terms = TestJson.array(response);
            assertThat(terms.getValuesAs(JsonObject.class).stream().map(t -> t.getString("id")).toList(), hasItem("tlv"));
            JsonObject tlv = terms.getValuesAs(JsonObject.class).stream()
                    .filter(t -> t.getString("id").equals("tlv")).findFirst().orElseThrow();
            assertThat(tlv.getJsonArray("afkortingen").getValuesAs(JsonString::getString), hasItem("TLV"));
        }
    }
}
