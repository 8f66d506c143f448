package nl.passendwijzer.server.staff;

import java.time.Duration;
import java.time.Instant;

import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import nl.passendwijzer.server.MutableClock;
import nl.passendwijzer.server.Portal;
import nl.passendwijzer.server.PortalServer;
import nl.passendwijzer.server.PortalSettings;
import nl.passendwijzer.server.TestJson;
import nl.passendwijzer.server.TestPortals;
import nl.passendwijzer.server.auth.Rol;
import nl.passendwijzer.server.db.DatabaseSettings;
import nl.passendwijzer.server.http.ProblemException;
import nl.passendwijzer.server.intake.IntakeSettings;
import nl.passendwijzer.server.intake.Toestemming;
import nl.passendwijzer.server.intake.VraagService;
import nl.passendwijzer.server.mail.MailSettings;
import nl.passendwijzer.server.regio.LandelijkLoket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/**
 * Two samenwerkingsverbanden with their own staff, end to end through the public intake API: each sees, answers and
 * transfers only its own questions; the asker sees the reply (never the note) and the new SWV; the clock pauses while
 * waiting for the asker; the statistics match what happened.
 */
@ServerTest
class TwoSwvScenarioTest {
    private static MutableClock clock;
    private static Portal portal;
    private static StaffFixture fixture;
    private final Http1Client client;

    TwoSwvScenarioTest(Http1Client client) {
        this.client = client;
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
        var dir = TestPortals.tempDir("pw-scenario");
        PortalSettings settings = new PortalSettings(dir, DatabaseSettings.from(io.helidon.config.Config.empty(), dir),
                                                     new LandelijkLoket("Landelijk loket", "loket@example.org", ""), 10)
                .withIntake(IntakeSettings.defaults().withLimits(10_000, 10_000).withMinimaleInvultijd(Duration.ZERO))
                .withMail(MailSettings.none());
        portal = Portal.start(settings, clock);
        fixture = new StaffFixture(portal, clock);
        PortalServer.configure(server, TestPortals.serverConfig(), portal);
        server.port(0);
    }

    @AfterAll
    static void close() {
        portal.close();
    }

    record Asked(long id, String referentie, String volgcode) {
    }

    @Test
    void eachSwvHandlesOnlyItsOwnQuestionsAndTheAskerFollowsAlong() {
        StaffFixture.Person fatimaAccount = fixture.person("Fatima", Rol.MEDEWERKER, "PO2707");
        StaffFixture.Person veraAccount = fixture.person("Vera", Rol.MEDEWERKER, "VO2708");
        StaffFixture.Session fatima = fixture.login(fatimaAccount);
        StaffFixture.Session vera = fixture.login(veraAccount);

        Asked sanne = ask("po", 6, "aanmelden-zorgplicht", "Moet ik mijn zoon bij één school aanmelden?");
        Asked daan = ask("vo", 14, "thuiszitten", "Ik ga niet meer naar school omdat ik gepest word.");
        Asked verhuis = ask("po", 7, "overstap", "Wij verhuizen; wie helpt ons met een nieuwe school?");
        Asked wachten = ask("po", 8, "opp", "Wat staat er in een OPP?");

        assertThat(listIds(fatima), is(java.util.Set.of(sanne.id(), verhuis.id(), wachten.id())));
        assertThat(listIds(vera), is(java.util.Set.of(daan.id())));
        assertThat(status(fatima, "/api/inbox/" + daan.id()), is(404));
        assertThat(status(vera, "/api/inbox/" + sanne.id()), is(404));

        JsonObject detail = get(fatima, "/api/inbox/" + sanne.id());
        assertThat(detail.getString("tekst"), containsString("één school"));
        assertThat(detail.getJsonObject("contact").getString("email"), is("ouder@example.org"));
        assertThat(detail.getJsonObject("routering").getString("reden"), containsString("PO2707"));
        assertThat(detail.getJsonObject("termijnen").getString("antwoordVoor"), is("2026-03-16"));
        assertThat(detail.getJsonArray("audit").toString(), containsString("gelezen"));

        clock.advance(Duration.ofHours(2));
        fatima = fixture.login(fatimaAccount);
        vera = fixture.login(veraAccount);
        assertThat(post(fatima, "/api/inbox/" + sanne.id() + "/toewijzen", "{}"), is(204));
        assertThat(post(fatima, "/api/inbox/" + sanne.id() + "/notitie", "{\"tekst\":\"INTERN: even overleggen\"}"), is(201));
        long outboxBefore = portal.outbox().count("wachtend");
        assertThat(post(fatima, "/api/inbox/" + sanne.id() + "/antwoord",
                        "{\"tekst\":\"U mag bij één school tegelijk aanmelden.\"}"), is(201));
        assertThat("the asker is notified", portal.outbox().count("wachtend"), is(outboxBefore + 1));
        JsonObject seen = askerStatus(sanne);
        assertThat(seen.getString("status"), is("beantwoord"));
        assertThat(seen.toString(), containsString("één school tegelijk"));
        assertThat(seen.toString(), not(containsString("INTERN")));
        assertThat("a closed question must be reopened first",
                   post(fatima, "/api/inbox/" + sanne.id() + "/status", "{\"status\":\"gesloten\"}"), is(200));
        assertThat(post(fatima, "/api/inbox/" + sanne.id() + "/antwoord", "{\"tekst\":\"Nog iets\"}"), is(409));

        assertThat(post(fatima, "/api/inbox/" + verhuis.id() + "/doorsturen",
                        "{\"swv\":\"VO2708\",\"reden\":\"Het kind gaat naar het voortgezet onderwijs\"}"), is(204));
        assertThat(status(fatima, "/api/inbox/" + verhuis.id()), is(404));
        assertThat(listIds(vera), hasItem(verhuis.id()));
        assertThat(askerStatus(verhuis).getJsonObject("swv").getString("code"), is("VO2708"));
        assertThat(post(vera, "/api/inbox/" + verhuis.id() + "/antwoord", "{\"tekst\":\"Wij helpen u verder.\"}"), is(201));

        assertThat(post(fatima, "/api/inbox/" + wachten.id() + "/meer-informatie",
                        "{\"tekst\":\"Gaat het om een OPP op de huidige school?\"}"), is(201));
        assertThat(askerStatus(wachten).getString("status"), is("wacht-op-vrager"));
        clock.advance(Duration.ofDays(3));
        fatima = fixture.login(fatimaAccount);
        vera = fixture.login(veraAccount);
        StaffFixture.Session coordinatorPo = fixture.login(fixture.person("Coord PO", Rol.COORDINATOR, "PO2707"));
        try (Http1ClientResponse r = client.post("/api/vragen/" + wachten.referentie() + "/berichten")
                .header(VraagService.X_VOLGCODE, wachten.volgcode())
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit("{\"tekst\":\"Ja, op de huidige school.\"}")) {
            assertThat(r.status().code(), is(201));
        }
        JsonObject paused = get(fatima, "/api/inbox/" + wachten.id());
        assertThat(paused.getString("status"), is("in-behandeling"));
        assertThat(paused.getJsonObject("termijnen").getJsonArray("pauzes").size(), is(1));
        assertThat(paused.getJsonObject("termijnen").getJsonArray("pauzes").getJsonObject(0).containsKey("tot"), is(true));
        assertThat("three paused days move the deadline", paused.getJsonObject("termijnen").getString("antwoordVoor"),
                   is("2026-03-19"));
        assertThat(paused.getJsonObject("termijnen").containsKey("eersteAntwoordOp"), is(false));

        JsonObject stats = get(coordinatorPo, "/api/inbox/statistiek?swv=PO2707&van=2026-03-01&tot=2026-03-31");
        assertThat(stats.getInt("aantal"), is(2));
        assertThat(stats.getJsonObject("perCategorie").getInt("aanmelden-zorgplicht"), is(1));
        assertThat(stats.getJsonObject("perCategorie").getInt("opp"), is(1));
        assertThat(stats.getJsonObject("perSector").getInt("po"), is(2));
        assertThat(stats.getJsonObject("perStatus").getInt("gesloten"), is(1));
        assertThat(stats.getJsonObject("perStatus").getInt("in-behandeling"), is(1));
        assertThat(stats.getJsonNumber("medianeUrenTotEersteAntwoord").doubleValue(), is(2.0));
        assertThat(stats.getJsonNumber("aandeelBinnenTermijn").doubleValue(), is(1.0));
        assertThat(stats.getInt("teLaatNu"), is(0));
        assertThat(stats.toString(), not(containsString("ouder@example.org")));
        try (Http1ClientResponse csv = coordinatorPo.on(client.get("/api/inbox/statistiek")
                .queryParam("swv", "PO2707").queryParam("van", "2026-03-01").queryParam("tot", "2026-03-31"))
                .header(HeaderNames.ACCEPT, "text/csv").request()) {
            assertThat(csv.headers().contentType().orElseThrow().text(), containsString("text/csv"));
            String text = csv.as(String.class);
            assertThat(text, containsString("PO2707,2026-03-01,2026-03-31,aantal,,2"));
            assertThat(text, containsString("categorie,opp,1"));
        }
        JsonObject statsVo = get(vera, "/api/inbox/statistiek?swv=VO2708&van=2026-03-01&tot=2026-03-31");
        assertThat("the transferred question counts where it is now", statsVo.getInt("aantal"), is(2));
        assertThat(status(vera, "/api/inbox/statistiek?swv=PO2707"), is(404));

        clock.advance(Duration.ofDays(30));
        vera = fixture.login(veraAccount);
        JsonObject overdue = get(vera, "/api/inbox?teLaat=true");
        assertThat(overdue.getInt("totaal"), is(1));
        assertThat(overdue.getJsonArray("vragen").getJsonObject(0).getInt("id"), is((int) daan.id()));
    }

    @Test
    void aCoordinatorPublishesTheInformatiepuntSettings() {
        StaffFixture.Session coordinator = fixture.login(fixture.person("Coord VO", Rol.COORDINATOR, "VO2708"));
        StaffFixture.Session medewerker = fixture.login(fixture.person("Med VO", Rol.MEDEWERKER, "VO2708"));
        String body = "{\"naam\":\"Informatiepunt Amsterdam VO\",\"email\":\"info@vo.example.org\",\"telefoon\":\"020 123 45 67\","
                + "\"website\":\"https://vo.example.org\",\"openingstijden\":\"ma-vr 9-17\",\"antwoordtermijnWerkdagen\":7}";
        try (var r = medewerker.on(client.put("/api/swv-beheer/VO2708")).header(HeaderNames.CONTENT_TYPE,
                "application/json").submit(body)) {
            assertThat(r.status().code(), is(403));
        }
        try (var r = coordinator.on(client.put("/api/swv-beheer/VO2708")).header(HeaderNames.CONTENT_TYPE,
                "application/json").submit(body.replace("https://", "javascript:"))) {
            assertThat(r.status().code(), is(400));
        }
        try (var r = coordinator.on(client.put("/api/swv-beheer/VO2708")).header(HeaderNames.CONTENT_TYPE,
                "application/json").submit(body)) {
            assertThat(r.status().code(), is(200));
        }
        try (var r = client.get("/api/swv/VO2708").request()) {
            JsonObject publicView = TestJson.object(r);
            assertThat(publicView.getInt("antwoordtermijnWerkdagen"), is(7));
            assertThat(publicView.getJsonObject("informatiepunt").getString("email"), is("info@vo.example.org"));
            assertThat(publicView.getJsonObject("informatiepunt").getBoolean("placeholder"), is(false));
        }
    }

    @Test
    void theLandelijkLoketWorksTheQuestionsWithoutSwvAndTransfersThemToTheRightOne() {
        StaffFixture.Person loketAccount = fixture.person("Lotte Loket", Rol.MEDEWERKER, "LANDELIJK");
        StaffFixture.Person collega = fixture.person("Collega Loket", Rol.MEDEWERKER, "LANDELIJK");
        StaffFixture.Session loket = fixture.login(loketAccount);
        StaffFixture.Session po = fixture.login(fixture.person("Piet PO", Rol.MEDEWERKER, "PO2707"));
        StaffFixture.Session beheerder = fixture.login(fixture.person("Beheer Loket", Rol.BEHEERDER));
        Asked mbo = ask("mbo", 17, "overstap", "Welke mbo-opleiding biedt extra ondersteuning?", "1011 AB");
        Asked zonderSwv = ask("po", 6, "aanmelden-zorgplicht", "Waar meld ik mijn dochter aan?", "3197 AA");
        Asked poVraag = ask("po", 6, "opp", "Wat staat er in een OPP?", "1011 AB");
        assertThat(portal.vraagRepository().find(mbo.id()).orElseThrow().swvCode().isPresent(), is(false));

        java.util.Set<Long> queue = listIds(loket);
        assertThat(queue, hasItem(mbo.id()));
        assertThat(queue, hasItem(zonderSwv.id()));
        assertThat("the loket never sees SWV questions", queue, not(hasItem(poVraag.id())));
        assertThat(listIds(po), not(hasItem(mbo.id())));
        assertThat(status(po, "/api/inbox/" + mbo.id()), is(404));
        assertThat(status(beheerder, "/api/inbox/" + mbo.id()), is(404));
        assertThat(status(loket, "/api/inbox/" + poVraag.id()), is(404));

        JsonObject detail = get(loket, "/api/inbox/" + mbo.id());
        assertThat(detail.getString("tekst"), containsString("mbo-opleiding"));
        assertThat(detail.getJsonArray("audit").toString(), containsString("gelezen"));
        assertThat(post(loket, "/api/inbox/" + mbo.id() + "/toewijzen", "{\"medewerker\":" + collega.id() + "}"), is(204));
        assertThat(post(loket, "/api/inbox/" + mbo.id() + "/notitie", "{\"tekst\":\"INTERN: eerst navragen\"}"), is(201));
        assertThat(post(loket, "/api/inbox/" + mbo.id() + "/meer-informatie",
                        "{\"tekst\":\"Om welke opleiding gaat het?\"}"), is(201));
        assertThat(post(loket, "/api/inbox/" + mbo.id() + "/status", "{\"status\":\"in-behandeling\"}"), is(200));
        assertThat(post(loket, "/api/inbox/" + mbo.id() + "/antwoord", "{\"tekst\":\"Vraag het de mbo-school.\"}"), is(201));
        assertThat(askerStatus(mbo).toString(), containsString("Vraag het de mbo-school."));

        assertThat(post(loket, "/api/inbox/" + zonderSwv.id() + "/doorsturen",
                        "{\"swv\":\"LANDELIJK\",\"reden\":\"Geen SWV\"}"), is(400));
        assertThat(post(loket, "/api/inbox/" + zonderSwv.id() + "/doorsturen",
                        "{\"swv\":\"PO2707\",\"reden\":\"De school van het kind hoort bij PO2707\"}"), is(204));
        assertThat(listIds(po), hasItem(zonderSwv.id()));
        assertThat(get(po, "/api/inbox/" + zonderSwv.id()).getString("swv"), is("PO2707"));
        assertThat(listIds(loket), not(hasItem(zonderSwv.id())));
        assertThat(status(loket, "/api/inbox/" + zonderSwv.id()), is(404));
        assertThat(askerStatus(zonderSwv).getJsonObject("swv").getString("code"), is("PO2707"));
    }

    @Test
    void theLandelijkLoketHasMedewerkersOnlyAndIsNoSamenwerkingsverband() {
        ProblemException coordinator = org.junit.jupiter.api.Assertions.assertThrows(ProblemException.class,
                () -> fixture.person("Coord Loket", Rol.COORDINATOR, "LANDELIJK"));
        assertThat(coordinator.status().code(), is(400));
        try (var r = client.get("/api/swv/LANDELIJK").request()) {
            assertThat(r.status().code(), is(404));
        }
    }

    private Asked ask(String sector, int leeftijd, String categorie, String vraag) {
        return ask(sector, leeftijd, categorie, vraag, "1011 AB");
    }

    private Asked ask(String sector, int leeftijd, String categorie, String vraag, String postcode) {
        String token;
        try (var r = client.get("/api/vragen/formulier").request()) {
            token = TestJson.object(r).getString("formulierToken");
        }
        JsonObject body = Json.createObjectBuilder().add("rol", "ouder").add("naam", "Ouder").add("email", "ouder@example.org")
                .add("voorkeurskanaal", "email").add("sector", sector).add("leeftijd", leeftijd).add("postcode", postcode)
                .add("categorie", categorie).add("vraag", vraag).add("toestemming", true)
                .add("toestemmingVersie", Toestemming.VERSIE).add("formulierToken", token).build();
        try (var r = client.post("/api/vragen").header(HeaderNames.CONTENT_TYPE, "application/json").submit(body.toString())) {
            assertThat(r.status().code(), is(201));
            JsonObject created = TestJson.object(r);
            long id = portal.vraagRepository().findByReferentie(created.getString("referentie")).orElseThrow().id();
            return new Asked(id, created.getString("referentie"), created.getString("volgcode"));
        }
    }

    private JsonObject askerStatus(Asked asked) {
        try (var r = client.get("/api/vragen/" + asked.referentie()).header(VraagService.X_VOLGCODE, asked.volgcode())
                .request()) {
            assertThat(r.status().code(), is(200));
            return TestJson.object(r);
        }
    }

    private java.util.Set<Long> listIds(StaffFixture.Session session) {
        JsonObject list = get(session, "/api/inbox?per=100");
        java.util.Set<Long> ids = new java.util.HashSet<>();
        list.getJsonArray("vragen").forEach(v -> ids.add(v.asJsonObject().getJsonNumber("id").longValue()));
        return ids;
    }

    private JsonObject get(StaffFixture.Session session, String pathAndQuery) {
        try (var r = request(session, pathAndQuery)) {
            assertThat(pathAndQuery, r.status().code(), is(200));
            return TestJson.object(r);
        }
    }

    private int status(StaffFixture.Session session, String pathAndQuery) {
        try (var r = request(session, pathAndQuery)) {
            return r.status().code();
        }
    }

    private Http1ClientResponse request(StaffFixture.Session session, String pathAndQuery) {
        String[] parts = pathAndQuery.split("\\?", 2);
        var request = session.on(client.get(parts[0]));
        if (parts.length == 2) {
            for (String pair : parts[1].split("&")) {
                String[] kv = pair.split("=", 2);
                request = request.queryParam(kv[0], kv[1]);
            }
        }
        return request.request();
    }

    private int post(StaffFixture.Session session, String path, String json) {
        try (var r = session.on(client.post(path)).header(HeaderNames.CONTENT_TYPE, "application/json").submit(json)) {
            return r.status().code();
        }
    }

}
