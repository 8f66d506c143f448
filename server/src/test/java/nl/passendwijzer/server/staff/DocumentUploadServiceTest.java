package nl.passendwijzer.server.staff;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import jakarta.json.JsonObject;
import nl.passendwijzer.content.BundledResources;
import nl.passendwijzer.server.MutableClock;
import nl.passendwijzer.server.Portal;
import nl.passendwijzer.server.PortalServer;
import nl.passendwijzer.server.TestJson;
import nl.passendwijzer.server.TestPortals;
import nl.passendwijzer.server.auth.Rol;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/** Coordinators upload an SOP or schoolgids of a school of their SWV; it is searchable at once. */
@ServerTest
class DocumentUploadServiceTest {
    private static MutableClock clock;
    private static Portal portal;
    private static StaffFixture fixture;
    private static String school;
    private static String schoolSwv;

    private final Http1Client client;

    DocumentUploadServiceTest(Http1Client client) {
        this.client = client;
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
        portal = TestPortals.h2(TestPortals.tempDir("pw-upload"), clock);
        fixture = new StaffFixture(portal, clock);
        school = portal.schoolRepository().all().stream().filter(s -> s.soort().equals("bao")).findFirst().orElseThrow().id();
        schoolSwv = portal.schoolRepository().swvCodes(school).getFirst();
        PortalServer.configure(server, TestPortals.serverConfig(), portal);
        server.port(0);
    }

    @AfterAll
    static void close() {
        portal.close();
    }

    @Test
    void aCoordinatorsHtmlSchoolgidsIsStoredAndSearchableImmediatelyAndAReplacementReplacesIt() {
        StaffFixture.Session coordinator = fixture.login(fixture.person("Cora Coördinator", Rol.COORDINATOR, schoolSwv));
        try (Http1ClientResponse response = upload(coordinator, school, "schoolgids", html("Zebravinkprotocol"))) {
            assertThat(response.status(), is(Status.CREATED_201));
            assertThat(TestJson.object(response).getInt("secties"), greaterThan(0));
        }
        assertThat(hitsFor("Zebravinkprotocol"), hasItem(school));
        hitsFor("Kolibriewerkwijze");

        // Both words were searched before the replacement: a kept answer must not outlive the change.
        try (Http1ClientResponse response = upload(coordinator, school, "schoolgids", html("Kolibriewerkwijze"))) {
            assertThat(response.status(), is(Status.OK_200));
            assertThat(TestJson.object(response).getBoolean("vervangen"), is(true));
        }
        assertThat(hitsFor("Kolibriewerkwijze"), hasItem(school));
        assertThat(hitsFor("Zebravinkprotocol"), not(hasItem(school)));
    }

    @Test
    void aRealPdfIsAccepted() {
        StaffFixture.Session coordinator = fixture.login(fixture.person("Piet Pdf", Rol.COORDINATOR, schoolSwv));
        byte[] pdf = BundledResources.read(BundledResources.list("scholen/demo/documenten").stream()
                                                   .filter(p -> p.endsWith(".pdf")).findFirst().orElseThrow());
        try (Http1ClientResponse response = upload(coordinator, school, "sop", pdf)) {
            assertThat(response.status(), is(Status.CREATED_201));
            assertThat(TestJson.object(response).getString("formaat"), is("pdf"));
        }
    }

    @Test
    void typeIsCheckedByContentNotByName() {
        StaffFixture.Session coordinator = fixture.login(fixture.person("Tess Type", Rol.COORDINATOR, schoolSwv));
        byte[] notADocument = {0x50, 0x4B, 0x03, 0x04, 0x00, 0x01, 0x02};
        try (Http1ClientResponse response = upload(coordinator, school, "sop", notADocument)) {
            assertThat(response.status(), is(Status.UNSUPPORTED_MEDIA_TYPE_415));
            assertThat(TestJson.object(response).getString("code"), is("unsupported-document"));
        }
        byte[] markdown = "# Ondersteuning\n\nWij bieden een plusklas.\n".getBytes(StandardCharsets.UTF_8);
        try (Http1ClientResponse response = upload(coordinator, school, "sop", markdown)) {
            assertThat(response.status(), is(Status.UNSUPPORTED_MEDIA_TYPE_415));
        }
    }

    @Test
    void aSchoolOfAnotherSwvIsNotFoundAndAMedewerkerMayNotUpload() {
        String otherSwv = schoolSwv.startsWith("PO") ? "PO2001" : "VO2001";
        StaffFixture.Session outsider = fixture.login(fixture.person("Otto Ander", Rol.COORDINATOR, otherSwv));
        try (Http1ClientResponse response = upload(outsider, school, "sop", html("Geheim"))) {
            assertThat(response.status(), is(Status.NOT_FOUND_404));
        }
        StaffFixture.Session medewerker = fixture.login(fixture.person("Mia Medewerker", Rol.MEDEWERKER, schoolSwv));
        try (Http1ClientResponse response = upload(medewerker, school, "sop", html("Niet van mij"))) {
            assertThat(response.status(), is(Status.FORBIDDEN_403));
        }
        try (Http1ClientResponse response = client.put("/api/schooldocumenten/" + school + "/sop")
                .queryParam("schooljaar", "2025-2026").submit(html("Anoniem"))) {
            assertThat(response.status(), is(Status.UNAUTHORIZED_401));
        }
    }

    private Http1ClientResponse upload(StaffFixture.Session session, String schoolId, String soort, byte[] body) {
        return session.on(client.put("/api/schooldocumenten/" + schoolId + "/" + soort)
                                  .queryParam("schooljaar", "2026-2027"))
                .header(HeaderNames.CONTENT_TYPE, "application/octet-stream")
                .submit(body);
    }

    /** The schools (or own ids) of what /api/zoek finds for a word. */
    private java.util.List<String> hitsFor(String word) {
        try (Http1ClientResponse response = client.get("/api/zoek").queryParam("q", word).request()) {
            assertThat(response.status(), is(Status.OK_200));
            return TestJson.object(response).getJsonArray("resultaten").getValuesAs(JsonObject.class).stream()
                    .map(hit -> hit.getString("schoolId", hit.getString("id"))).toList();
        }
    }

    private static byte[] html(String word) {
        return ("<!doctype html><html lang=\"nl\"><head><title>Schoolgids</title></head><body>"
                + "<h1>Schoolgids</h1><h2 id=\"ondersteuning\">Ondersteuning</h2><p>Wij werken met het " + word
                + " voor kinderen die extra ondersteuning nodig hebben.</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
