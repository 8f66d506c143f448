package nl.passendwijzer.server.staff;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import nl.passendwijzer.server.MutableClock;
import nl.passendwijzer.server.Portal;
import nl.passendwijzer.server.PortalServer;
import nl.passendwijzer.server.TestPortals;
import nl.passendwijzer.server.auth.Rol;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/**
 * Access control of every staff endpoint (ASVS 8.2.2): the owning SWV's staff get the normal answer; staff of another
 * SWV and a beheerder without membership get 404 as if the object did not exist (accounts excepted, which beheerders
 * manage); no session and an expired session get 401.
 */
@ServerTest
class StaffAccessMatrixTest {
    private static final String A = "PO2707";
    private static final String B = "VO2708";
    private static MutableClock clock;
    private static Portal portal;
    private static StaffFixture fixture;

    private final Http1Client client;

    StaffAccessMatrixTest(Http1Client client) {
        this.client = client;
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
        portal = TestPortals.h2(TestPortals.tempDir("pw-matrix"), clock);
        fixture = new StaffFixture(portal, clock);
        PortalServer.configure(server, TestPortals.serverConfig(), portal);
        server.port(0);
    }

    @AfterAll
    static void close() {
        portal.close();
    }

    enum Caller { OWN, OTHER_SWV, NO_SESSION, EXPIRED_SESSION, BEHEERDER_WITHOUT_MEMBERSHIP }

    /** One endpoint: how to call it on fresh objects of SWV A, what the owner gets, what a bare beheerder gets. */
    record Endpoint(String name, Method method, Function<Objects, String> path, String body, int own, int beheerder) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Fresh objects of SWV A for one call. */
    record Objects(long vraag, String sjabloon, long collega) {
    }

    static List<Endpoint> endpoints() {
        String tekst = "{\"tekst\":\"Dank voor uw vraag.\"}";
        return List.of(
                new Endpoint("inbox detail", Method.GET, o -> "/api/inbox/" + o.vraag(), null, 200, 404),
                new Endpoint("toewijzen", Method.POST, o -> "/api/inbox/" + o.vraag() + "/toewijzen", "{}", 204, 404),
                new Endpoint("antwoord", Method.POST, o -> "/api/inbox/" + o.vraag() + "/antwoord", tekst, 201, 404),
                new Endpoint("notitie", Method.POST, o -> "/api/inbox/" + o.vraag() + "/notitie", tekst, 201, 404),
                new Endpoint("meer-informatie", Method.POST, o -> "/api/inbox/" + o.vraag() + "/meer-informatie", tekst,
                             201, 404),
                new Endpoint("status", Method.POST, o -> "/api/inbox/" + o.vraag() + "/status",
                             "{\"status\":\"gesloten\"}", 200, 404),
                new Endpoint("doorsturen", Method.POST, o -> "/api/inbox/" + o.vraag() + "/doorsturen",
                             "{\"swv\":\"PO2801\",\"reden\":\"Woont in Utrecht\"}", 204, 404),
                new Endpoint("statistiek", Method.GET, o -> "/api/inbox/statistiek?swv=" + A, null, 200, 404),
                new Endpoint("statistiek csv", Method.GET, o -> "/api/inbox/statistiek?formaat=csv&swv=" + A, null, 200, 404),
                new Endpoint("swv-instellingen lezen", Method.GET, o -> "/api/swv-beheer/" + A, null, 200, 404),
                new Endpoint("swv-instellingen wijzigen", Method.PUT, o -> "/api/swv-beheer/" + A,
                             "{\"naam\":\"Informatiepunt A\",\"email\":\"info@a.example.org\",\"antwoordtermijnWerkdagen\":8}",
                             200, 404),
                new Endpoint("sjablonen lezen", Method.GET, o -> "/api/swv-beheer/" + A + "/sjablonen", null, 200, 404),
                new Endpoint("sjabloon maken", Method.POST, o -> "/api/swv-beheer/" + A + "/sjablonen",
                             "{\"titel\":\"Aanmelden\",\"tekst\":\"U meldt aan bij één school.\"}", 201, 404),
                new Endpoint("sjabloon wijzigen", Method.PUT, o -> "/api/swv-beheer/" + A + "/sjablonen/" + o.sjabloon(),
                             "{\"titel\":\"Aanmelden\",\"tekst\":\"Nieuwe tekst.\"}", 200, 404),
                new Endpoint("sjabloon verwijderen", Method.DELETE,
                             o -> "/api/swv-beheer/" + A + "/sjablonen/" + o.sjabloon(), null, 204, 404),
                new Endpoint("accounts lezen", Method.GET, o -> "/api/medewerker/accounts?swv=" + A, null, 200, 200),
                new Endpoint("account maken", Method.POST, o -> "/api/medewerker/accounts",
                             "{\"email\":\"nieuw.{uniek}@example.org\",\"naam\":\"Nieuw\","
                                     + "\"rol\":\"medewerker\",\"swv\":[\"" + A + "\"]}", 201, 201),
                new Endpoint("uitnodiging", Method.POST, o -> "/api/medewerker/accounts/" + o.collega() + "/uitnodiging",
                             null, 200, 200),
                new Endpoint("account verwijderen", Method.DELETE, o -> "/api/medewerker/accounts/" + o.collega(), null,
                             204, 204));
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Caller caller : Caller.values()) {
                cases.add(Arguments.of(endpoint, caller));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void everyStaffEndpointChecksTheCallersMembershipOnTheObject(Endpoint endpoint, Caller caller) {
        Objects objects = freshObjectsOfA();
        Optional<StaffFixture.Session> session = session(caller);
        int expected = switch (caller) {
            case OWN -> endpoint.own();
            case OTHER_SWV -> 404;
            case NO_SESSION, EXPIRED_SESSION -> 401;
            case BEHEERDER_WITHOUT_MEMBERSHIP -> endpoint.beheerder();
        };
        try (Http1ClientResponse response = call(endpoint, objects, session)) {
            assertThat(endpoint + " as " + caller, response.status().code(), is(expected));
            if (expected == 404) {
                assertThat(response.as(String.class), not(containsString("Mijn zoon")));
            }
        }
    }

    @Test
    void theInboxListOfAnotherSwvOrABeheerderNeverShowsTheQuestion() {
        long vraag = freshObjectsOfA().vraag();
        for (Caller caller : List.of(Caller.OTHER_SWV, Caller.BEHEERDER_WITHOUT_MEMBERSHIP)) {
            StaffFixture.Session session = session(caller).orElseThrow();
            for (String path : List.of("/api/inbox", "/api/inbox?swv=" + A)) {
                try (Http1ClientResponse response = session.on(request(Method.GET, path)).request()) {
                    assertThat(response.status().code(), is(200));
                    assertThat(response.as(String.class), not(containsString("\"id\":" + vraag + ",")));
                }
            }
        }
        StaffFixture.Session own = session(Caller.OWN).orElseThrow();
        try (Http1ClientResponse response = own.on(request(Method.GET, "/api/inbox?per=100&sorteer=nieuwste")).request()) {
            assertThat(response.as(String.class), containsString("\"id\":" + vraag + ","));
        }
    }

    @Test
    void aTemplateOfAnotherSwvIsNotFoundEvenThroughTheCallersOwnSwvPath() {
        String sjabloon = freshObjectsOfA().sjabloon();
        StaffFixture.Session other = session(Caller.OTHER_SWV).orElseThrow();
        try (Http1ClientResponse response = other.on(client.method(Method.PUT).path("/api/swv-beheer/" + B + "/sjablonen/"
                + sjabloon)).header(HeaderNames.CONTENT_TYPE, "application/json")
                .submit("{\"titel\":\"x\",\"tekst\":\"y\"}")) {
            assertThat(response.status().code(), is(404));
        }
    }

    private Objects freshObjectsOfA() {
        long vraag = fixture.vraag(A, "aanmelden-zorgplicht", "po", false, clock.instant(),
                                   LocalDate.of(2026, 3, 16));
        String sjabloon = new SjabloonRepository(portal.database().dbClient())
                .create(A, "Sjabloon", "Tekst", clock.instant()).id();
        long collega = fixture.person("Collega", Rol.MEDEWERKER, A).id();
        return new Objects(vraag, sjabloon, collega);
    }

    private Optional<StaffFixture.Session> session(Caller caller) {
        return switch (caller) {
            case OWN -> Optional.of(fixture.login(fixture.person("Coordinator A", Rol.COORDINATOR, A)));
            case OTHER_SWV -> Optional.of(fixture.login(fixture.person("Coordinator B", Rol.COORDINATOR, B)));
            case NO_SESSION -> Optional.empty();
            case EXPIRED_SESSION -> {
                StaffFixture.Session s = fixture.login(fixture.person("Coordinator A", Rol.COORDINATOR, A));
                clock.advance(Duration.ofMinutes(31));
                yield Optional.of(s);
            }
            case BEHEERDER_WITHOUT_MEMBERSHIP -> Optional.of(fixture.login(fixture.person("Beheerder", Rol.BEHEERDER)));
        };
    }

    private Http1ClientResponse call(Endpoint endpoint, Objects objects, Optional<StaffFixture.Session> session) {
        Http1ClientRequest request = request(endpoint.method(), endpoint.path().apply(objects));
        if (session.isPresent()) {
            request = session.get().on(request);
        }
        if (endpoint.body() == null) {
            return request.request();
        }
        return request.header(HeaderNames.CONTENT_TYPE, "application/json")
                .submit(endpoint.body().replace("{uniek}", String.valueOf(System.nanoTime())));
    }

    /** A request for a path that may carry a query string. */
    private Http1ClientRequest request(Method method, String pathAndQuery) {
        String[] parts = pathAndQuery.split("\\?", 2);
        Http1ClientRequest request = client.method(method).path(parts[0]);
        if (parts.length == 2) {
            for (String pair : parts[1].split("&")) {
                String[] kv = pair.split("=", 2);
                request = request.queryParam(kv[0], kv[1]);
            }
        }
        return request;
    }
}
