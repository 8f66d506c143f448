package nl.passendwijzer.server.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import jakarta.json.JsonObject;
import nl.passendwijzer.server.MutableClock;
import nl.passendwijzer.server.Portal;
import nl.passendwijzer.server.PortalServer;
import nl.passendwijzer.server.TestJson;
import nl.passendwijzer.server.TestPortals;
import nl.passendwijzer.server.staff.StaffFixture;
import nl.passendwijzer.server.staff.StaffFixture.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/** Sign-in, sessions, CSRF, throttling and TOTP over HTTP, with a clock the test moves. */
@ServerTest
class MedewerkerServiceTest {
    private static MutableClock clock;
    private static Portal portal;
    private static StaffFixture fixture;
    private final Http1Client client;

    MedewerkerServiceTest(Http1Client client) {
        this.client = client;
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
        portal = TestPortals.h2(TestPortals.tempDir("pw-auth"), clock);
        fixture = new StaffFixture(portal, clock);
        PortalServer.configure(server, TestPortals.serverConfig(), portal);
        server.port(0);
    }

    @AfterAll
    static void close() {
        portal.close();
    }

    @Test
    void invitationPasswordLoginCookieCsrfAndLogout() {
        Accounts.Invitation invitation = portal.accounts().create(Optional.empty(), "Fatima.Test@Example.org", "Fatima",
                                                                  Rol.MEDEWERKER, Set.of("PO2707"));
        assertThat(invitation.link(), containsString("#token=" + invitation.token()));
        try (var weak = post("/api/medewerker/wachtwoord-instellen",
                             "{\"token\":\"" + invitation.token() + "\",\"wachtwoord\":\"wachtwoord123\"}")) {
            assertThat(weak.status().code(), is(400));
            assertThat(TestJson.object(weak).getJsonArray("fouten").getJsonObject(0).getString("code"), is("too-common"));
        }
        try (var set = post("/api/medewerker/wachtwoord-instellen",
                            "{\"token\":\"" + invitation.token() + "\",\"wachtwoord\":\"" + StaffFixture.PASSWORD + "\"}")) {
            assertThat(set.status().code(), is(200));
        }
        try (var again = post("/api/medewerker/wachtwoord-instellen",
                              "{\"token\":\"" + invitation.token() + "\",\"wachtwoord\":\"nog een lange zin hier\"}")) {
            assertThat("a token works once", again.status().code(), is(400));
        }
        String setCookie;
        String csrf;
        try (var login = post("/api/medewerker/login", "{\"email\":\"fatima.test@example.org\",\"wachtwoord\":\""
                + StaffFixture.PASSWORD + "\"}")) {
            assertThat(login.status().code(), is(200));
            setCookie = login.headers().get(HeaderNames.SET_COOKIE).get();
            JsonObject body = TestJson.object(login);
            csrf = body.getString("csrfToken");
            assertThat(body.getJsonArray("swvs").getJsonObject(0).getString("swv"), is("PO2707"));
        }
        assertThat(setCookie, containsString("pw_sessie="));
        assertThat(setCookie, containsString("HttpOnly"));
        assertThat(setCookie, containsString("SameSite=Strict"));
        assertThat(setCookie, containsString("Path=/"));
        assertThat("plain HTTP without the setting", setCookie, not(containsString("Secure")));
        String cookie = setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
        String stored = portal.database().dbClient().execute()
                .get("SELECT token_hash FROM medewerker_sessie").map(r -> r.column("token_hash").getString()).orElseThrow();
        assertThat("only the hash is stored", stored.trim(), is(Tokens.sha256(cookie)));

        try (var me = client.get("/api/medewerker/ik").header(HeaderNames.COOKIE, "pw_sessie=" + cookie).request()) {
            assertThat(me.status().code(), is(200));
            assertThat(TestJson.object(me).getString("csrfToken"), is(csrf));
        }
        try (var noCsrf = client.post("/api/medewerker/logout").header(HeaderNames.COOKIE, "pw_sessie=" + cookie).request()) {
            assertThat(noCsrf.status().code(), is(403));
        }
        Session session = new Session(cookie, csrf);
        try (var out = session.on(client.post("/api/medewerker/logout")).request()) {
            assertThat(out.status().code(), is(204));
        }
        try (var me = session.on(client.get("/api/medewerker/ik")).request()) {
            assertThat(me.status().code(), is(401));
        }
    }

    @Test
    void requestsFromAnotherSiteAreRefused() {
        StaffFixture.Person person = fixture.person("Cross Site", Rol.MEDEWERKER, "PO2707");
        String body = "{\"email\":\"" + person.email() + "\",\"wachtwoord\":\"" + StaffFixture.PASSWORD + "\"}";
        try (var evil = client.post("/api/medewerker/login").header(HeaderNames.ORIGIN, "https://evil.example")
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit(body)) {
            assertThat(evil.status().code(), is(403));
        }
        try (var fetch = client.post("/api/medewerker/login").header(HeaderNames.create("Sec-Fetch-Site"), "cross-site")
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit(body)) {
            assertThat(fetch.status().code(), is(403));
        }
        Session session = fixture.login(person);
        try (var wrongToken = client.post("/api/medewerker/uitloggen-overal")
                .header(HeaderNames.COOKIE, "pw_sessie=" + session.cookie()).header(StaffAuth.CSRF_HEADER, "x".repeat(43))
                .request()) {
            assertThat(wrongToken.status().code(), is(403));
        }
    }

    @Test
    void unknownAccountAndWrongPasswordLookTheSameAndRepeatedFailuresWait() {
        StaffFixture.Person person = fixture.person("Throttle", Rol.MEDEWERKER, "PO2707");
        String wrong;
        try (var r = post("/api/medewerker/login", "{\"email\":\"" + person.email() + "\",\"wachtwoord\":\"fout fout fout\"}")) {
            assertThat(r.status().code(), is(401));
            wrong = TestJson.object(r).getString("detail");
        }
        try (var r = post("/api/medewerker/login", "{\"email\":\"niemand@example.org\",\"wachtwoord\":\"fout fout fout\"}")) {
            assertThat(r.status().code(), is(401));
            assertThat(TestJson.object(r).getString("detail"), is(wrong));
        }
        for (int i = 0; i < 4; i++) {
            post("/api/medewerker/login", "{\"email\":\"" + person.email() + "\",\"wachtwoord\":\"nog steeds fout\"}").close();
        }
        try (var r = post("/api/medewerker/login", "{\"email\":\"" + person.email() + "\",\"wachtwoord\":\""
                + StaffFixture.PASSWORD + "\"}")) {
            assertThat("even the right password waits", r.status().code(), is(429));
            assertThat(Integer.parseInt(r.headers().get(HeaderNames.RETRY_AFTER).get()) > 0, is(true));
            assertThat(TestJson.object(r).getString("detail"), containsString("Wacht"));
        }
        clock.advance(Duration.ofMinutes(1));
        try (var r = post("/api/medewerker/login", "{\"email\":\"" + person.email() + "\",\"wachtwoord\":\""
                + StaffFixture.PASSWORD + "\"}")) {
            assertThat("after the wait the right password works", r.status().code(), is(200));
        }
    }

    @Test
    void idleAndAbsoluteTimeoutsEndTheSession() {
        StaffFixture.Person person = fixture.person("Timeout", Rol.MEDEWERKER, "PO2707");
        Session idle = fixture.login(person);
        clock.advance(Duration.ofMinutes(29));
        assertThat(me(idle), is(200));
        clock.advance(Duration.ofMinutes(29));
        assertThat("activity keeps it alive", me(idle), is(200));
        clock.advance(Duration.ofMinutes(31));
        assertThat(me(idle), is(401));

        Session busy = fixture.login(person);
        for (int i = 0; i < 29; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertThat(me(busy), is(200));
        }
        clock.advance(Duration.ofMinutes(20));
        assertThat("ten hours after login it ends however active", me(busy), is(401));
    }

    @Test
    void logoutEverywhereEndsAllSessionsOfTheAccount() {
        StaffFixture.Person person = fixture.person("Overal", Rol.MEDEWERKER, "PO2707");
        Session one = fixture.login(person);
        Session two = fixture.login(person);
        try (var r = one.on(client.post("/api/medewerker/uitloggen-overal")).request()) {
            assertThat(r.status().code(), is(200));
            assertThat(TestJson.object(r).getInt("beeindigdeSessies"), is(2));
        }
        assertThat(me(one), is(401));
        assertThat(me(two), is(401));
    }

    @Test
    void aBeheerderNeedsATotpCodeAndEachCodeWorksOnce() {
        StaffFixture.Person beheerder = fixture.person("Joost", Rol.BEHEERDER);
        assertThat(beheerder.totp().isPresent(), is(true));
        clock.advance(Duration.ofSeconds(60));
        String body = "{\"email\":\"" + beheerder.email() + "\",\"wachtwoord\":\"" + StaffFixture.PASSWORD + "\"";
        try (var r = post("/api/medewerker/login", body + "}")) {
            assertThat(r.status().code(), is(401));
        }
        String code = Totp.code(beheerder.totp().get(), clock.instant());
        try (var r = post("/api/medewerker/login", body + ",\"code\":\"" + code + "\"}")) {
            assertThat(r.status().code(), is(200));
            assertThat(TestJson.object(r).getBoolean("totpActief"), is(true));
        }
        try (var r = post("/api/medewerker/login", body + ",\"code\":\"" + code + "\"}")) {
            assertThat("a replayed code is refused", r.status().code(), is(401));
        }
    }

    @Test
    void aMedewerkerCanTurnOnTotp() {
        StaffFixture.Person person = fixture.person("Optioneel", Rol.MEDEWERKER, "PO2707");
        Session session = fixture.login(person);
        String secret;
        try (var r = session.on(client.post("/api/medewerker/totp")).request()) {
            assertThat(r.status().code(), is(200));
            secret = TestJson.object(r).getString("totpGeheim");
        }
        try (var r = session.on(client.post("/api/medewerker/totp/bevestigen")).header(HeaderNames.CONTENT_TYPE,
                "application/json").submit("{\"code\":\"" + Totp.code(secret, clock.instant()) + "\"}")) {
            assertThat(r.status().code(), is(204));
        }
        clock.advance(Duration.ofSeconds(30));
        try (var r = post("/api/medewerker/login", "{\"email\":\"" + person.email() + "\",\"wachtwoord\":\""
                + StaffFixture.PASSWORD + "\"}")) {
            assertThat(r.status().code(), is(401));
        }
        StaffFixture.Person withCode = new StaffFixture.Person(person.id(), person.email(), Optional.of(secret));
        assertThat(me(fixture.login(withCode)), is(200));
    }

    @Test
    void anInvitationExpires() {
        Accounts.Invitation invitation = portal.accounts().create(Optional.empty(), "laat@example.org", "Laat",
                                                                  Rol.MEDEWERKER, Set.of("PO2707"));
        clock.advance(Duration.ofHours(73));
        try (var r = post("/api/medewerker/wachtwoord-instellen", "{\"token\":\"" + invitation.token()
                + "\",\"wachtwoord\":\"" + StaffFixture.PASSWORD + "\"}")) {
            assertThat(r.status().code(), is(400));
            assertThat(TestJson.object(r).getString("code"), is("invalid-token"));
        }
    }

    @Test
    void aCoordinatorManagesOnlyColleaguesOfTheirOwnSwv() {
        Session coordinator = fixture.login(fixture.person("Coord", Rol.COORDINATOR, "PO2707"));
        try (var r = coordinator.on(client.post("/api/medewerker/accounts")).header(HeaderNames.CONTENT_TYPE,
                "application/json").submit("{\"email\":\"collega.vo@example.org\",\"naam\":\"VO\",\"rol\":\"medewerker\","
                                                   + "\"swv\":[\"VO2708\"]}")) {
            assertThat(r.status().code(), is(404));
        }
        try (var r = coordinator.on(client.post("/api/medewerker/accounts")).header(HeaderNames.CONTENT_TYPE,
                "application/json").submit("{\"email\":\"baas@example.org\",\"naam\":\"Baas\",\"rol\":\"beheerder\"}")) {
            assertThat(r.status().code(), is(404));
        }
        Session medewerker = fixture.login(fixture.person("Gewoon", Rol.MEDEWERKER, "PO2707"));
        try (var r = medewerker.on(client.get("/api/medewerker/accounts")).request()) {
            assertThat(r.status().code(), is(404));
        }
    }

    /** Prints the median of a whole HTTP login (throttle check, Argon2id verify, session insert, audit). */
    @Test
    void loginLatencyMedianOverHttp() {
        StaffFixture.Person person = fixture.person("Latency", Rol.MEDEWERKER, "PO2707");
        long[] nanos = new long[21];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            Session session = StaffFixture.loginOverHttp(client, person.email(), StaffFixture.PASSWORD, null);
            nanos[i] = System.nanoTime() - start;
            assertThat(session.csrf().length(), is(43));
        }
        java.util.Arrays.sort(nanos);
        double p50 = nanos[nanos.length / 2] / 1e6;
        System.out.printf("HTTP login p50 %.1f ms, p90 %.1f ms (Argon2id m=19456 KiB t=2 p=1)%n", p50,
                          nanos[(int) (nanos.length * 0.9)] / 1e6);
        assertThat(p50 < 1000, is(true));
    }

    private int me(Session session) {
        try (var r = session.on(client.get("/api/medewerker/ik")).request()) {
            return r.status().code();
        }
    }

    private Http1ClientResponse post(String path, String json) {
        return client.post(path).header(HeaderNames.CONTENT_TYPE, "application/json").submit(json);
    }
}
