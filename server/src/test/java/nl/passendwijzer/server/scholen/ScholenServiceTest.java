package nl.passendwijzer.server.scholen;

import java.util.List;

import io.helidon.http.HeaderNames;
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

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@ServerTest
class ScholenServiceTest {
    private final Http1Client client;

    ScholenServiceTest(Http1Client client) {
        this.client = client;
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        PortalServer.configure(server, TestPortals.serverConfig(), TestPortals.shared());
        server.port(0);
    }

    @Test
    void aDemoSchoolComesWithItsSopGrenzenAndSchoolgidsSections() {
        String id = anyDemoSchoolId();
        try (var response = client.get("/api/scholen/" + id).request()) {
            assertThat(response.status(), is(Status.OK_200));
            JsonObject school = TestJson.object(response);
            assertThat(school.getBoolean("fictief"), is(true));
            assertThat(school.getString("fictiefMelding"), containsString("fictieve"));
            JsonObject sop = school.getJsonObject("sop");
            assertThat(sop.getJsonArray("gebieden").size(), greaterThan(0));
            assertThat(sop.getJsonArray("grenzen").size(), greaterThan(0));
            assertThat(sop.getJsonArray("basisondersteuning").getJsonObject(0).getString("label"), not(is("")));
            JsonArray secties = school.getJsonObject("schoolgids").getJsonArray("secties");
            assertThat(secties.size(), greaterThan(3));
            assertThat(secties.getJsonObject(0).getString("url"), startsWith("/api/documenten/"));
            assertThat(school.getJsonArray("samenwerkingsverbanden").size(), greaterThan(0));
        }
    }

    @Test
    void theSourceDocumentOfASectionCanBeOpenedSandboxedAndUnframed() {
        String id = anyDemoSchoolId();
        try (var response = client.get("/api/scholen/" + id).request()) {
            String url = TestJson.object(response).getJsonObject("sop").getJsonObject("document").getString("url");
            try (var document = client.get(url).request()) {
                assertThat(document.status(), is(Status.OK_200));
                assertThat(document.headers().first(HeaderNames.create("Content-Security-Policy")).orElseThrow(),
                           allOf(startsWith("sandbox;"), containsString("frame-ancestors 'none'")));
                assertThat(document.as(byte[].class).length, greaterThan(100));
            }
        }
    }

    @Test
    void findsSchoolsByPartOfTheirName() {
        try (var response = client.get("/api/scholen").queryParam("naam", "basisschool").request()) {
            JsonArray found = TestJson.array(response);
            assertThat(found.size(), greaterThan(0));
            assertThat(found.getJsonObject(0).getString("naam").toLowerCase(), containsString("basisschool"));
        }
        try (var response = client.get("/api/scholen").queryParam("naam", "x").request()) {
            assertThat(response.status(), is(Status.BAD_REQUEST_400));
            assertThat(TestJson.object(response).getString("code"), is("invalid-school-name"));
        }
    }

    @Test
    void comparesTwoToFourSchools() {
        List<String> ids = demoSchoolIds(3);
        try (var response = client.get("/api/vergelijk").queryParam("ids", String.join(",", ids)).request()) {
            assertThat(response.status(), is(Status.OK_200));
            assertThat(TestJson.array(response).size(), is(3));
        }
        try (var response = client.get("/api/vergelijk").queryParam("ids", ids.getFirst()).request()) {
            assertThat(TestJson.object(response).getString("code"), is("invalid-compare-ids"));
        }
    }

    @Test
    void unknownSchoolAndDocumentAreNotFound() {
        try (var response = client.get("/api/scholen/ZZ9999").request()) {
            assertThat(response.status(), is(Status.NOT_FOUND_404));
            assertThat(TestJson.object(response).getString("code"), is("school-not-found"));
        }
        try (var response = client.get("/api/documenten/bestaat-niet").request()) {
            assertThat(TestJson.object(response).getString("code"), is("document-not-found"));
        }
    }

    private static String anyDemoSchoolId() {
        return demoSchoolIds(1).getFirst();
    }

    private static List<String> demoSchoolIds(int count) {
        return TestPortals.shared().schoolRepository().all().stream()
                .filter(SchoolRepository.SchoolRecord::fictief)
                .map(SchoolRepository.SchoolRecord::id)
                .limit(count)
                .toList();
    }
}
