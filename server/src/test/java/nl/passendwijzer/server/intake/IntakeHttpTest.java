package nl.passendwijzer.server.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import nl.passendwijzer.server.Portal;
import nl.passendwijzer.server.PortalServer;
import nl.passendwijzer.server.TestJson;
import nl.passendwijzer.server.TestPortals;
import org.junit.jupiter.api.Test;

import static nl.passendwijzer.server.intake.IntakeTestPortals.sanne;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Asking a question and following it up, over HTTP, as parents and pupils do. */
@ServerTest
class IntakeHttpTest {
    private static final Portal PORTAL = IntakeTestPortals.shared();
    private final Http1Client client;

    IntakeHttpTest(Http1Client client) {
        this.client = client;
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        PortalServer.configure(server, TestPortals.serverConfig(), PORTAL);
        server.port(0);
    }

    private JsonObject submit(JsonObject body, Status expected) {
        try (Http1ClientResponse response = client.post("/api/vragen")
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit(body.toString())) {
            assertThat(response.status(), is(expected));
            return TestJson.object(response);
        }
    }

    private JsonObject status(String referentie, String volgcode, Status expected) {
        try (Http1ClientResponse response = client.get("/api/vragen/" + referentie)
                .header(VraagService.X_VOLGCODE, volgcode).request()) {
            assertThat(response.status(), is(expected));
            return TestJson.object(response);
        }
    }

    @Test
    void sanneAsksForPostcode1011PrimaryAndItLandsWithPo2707WithReferenceVolgcodeDeadlineAndArticles() {
        JsonObject created = submit(sanne(IntakeTestPortals.token(client)).build(), Status.CREATED_201);
        assertThat(created.getString("referentie").matches("PW-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"), is(true));
        assertThat(Referentie.parse(created.getString("referentie")).isPresent(), is(true));
        assertThat(created.getString("volgcode").replace("-", "").length(), is(28));
        assertThat(created.getJsonObject("swv").getString("code"), is("PO2707"));
        assertThat(created.getJsonObject("routering").getString("regel"), is("postcode"));
        assertThat(created.getJsonObject("informatiepunt").getBoolean("placeholder"), is(true));
        LocalDate deadline = LocalDate.parse(created.getString("verwachtAntwoordVoor"));
        assertThat(deadline, is(Werkdagen.plus(LocalDate.now(IntakeService.ZONE), 10)));
        assertThat(created.getJsonArray("suggesties").size(), is(3));
        assertThat(created.getJsonArray("suggesties").getJsonObject(0).getString("doelgroep"), is("ouders"));

        Vraag stored = PORTAL.vraagRepository().findByReferentie(created.getString("referentie")).orElseThrow();
        assertThat(stored.pc4().orElseThrow(), is("1011"));
        assertThat(stored.suggesties(), contains("zorgplicht", "aanmelden", "informatiepunt"));
        assertThat(stored.routering().regioVersie().length(), is(64));

        JsonObject status = status(created.getString("referentie"), created.getString("volgcode"), Status.OK_200);
        assertThat(status.getString("status"), is("nieuw"));
        assertThat(status.getString("vraag"), containsString("autisme"));
        assertThat(status.getJsonObject("swv").getString("code"), is("PO2707"));
        assertThat(status.getString("verwachtAntwoordVoor"), is(deadline.toString()));
    }

    @Test
    void theAskerSeesRepliesButNeverInternalNotes() {
        JsonObject created = submit(sanne(IntakeTestPortals.token(client)).build(), Status.CREATED_201);
        VraagRepository repo = PORTAL.vraagRepository();
        long id = repo.findByReferentie(created.getString("referentie")).orElseThrow().id();
        repo.inTransaction(tx -> {
            repo.addBericht(tx, id, BerichtSoort.NOTITIE, "GEHEIM intern", "medewerker:1", OffsetDateTime.now());
            repo.addBericht(tx, id, BerichtSoort.ANTWOORD, "U mag bij meer scholen aanmelden.", "medewerker:1",
                            OffsetDateTime.now().plusSeconds(1));
            return repo.changeStatus(tx, id, VraagStatus.BEANTWOORD, "medewerker:1", OffsetDateTime.now());
        });
        JsonObject status = status(created.getString("referentie"), created.getString("volgcode"), Status.OK_200);
        assertThat(status.getString("status"), is("beantwoord"));
        assertThat(status.getJsonArray("berichten").size(), is(1));
        assertThat(status.toString(), not(containsString("GEHEIM")));

        try (var response = client.post("/api/vragen/" + created.getString("referentie") + "/berichten")
                .header(VraagService.X_VOLGCODE, created.getString("volgcode"))
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit("{\"tekst\":\"Dank u, nog een vraag.\"}")) {
            assertThat(response.status(), is(Status.CREATED_201));
            assertThat(TestJson.object(response).getString("status"), is("in-behandeling"));
        }
        assertThat(status(created.getString("referentie"), created.getString("volgcode"), Status.OK_200)
                           .getJsonArray("berichten").size(), is(2));
    }

    @Test
    void aWrongVolgcodeAndAnUnknownReferenceGetTheSameAnswer() {
        JsonObject created = submit(sanne(IntakeTestPortals.token(client)).build(), Status.CREATED_201);
        JsonObject wrongCode = status(created.getString("referentie"), "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG", Status.NOT_FOUND_404);
        JsonObject unknown = status(Referentie.nieuw(), created.getString("volgcode"), Status.NOT_FOUND_404);
        JsonObject malformed = status("PW-0000-0000X", created.getString("volgcode"), Status.NOT_FOUND_404);
        assertThat(wrongCode, is(unknown));
        assertThat(malformed, is(unknown));
        assertThat(unknown.getString("code"), is("question-not-found"));
        try (var response = client.get("/api/vragen/" + created.getString("referentie")).request()) {
            assertThat(response.status(), is(Status.NOT_FOUND_404));
        }
    }

    @Test
    void theSameIdempotencyKeyGivesTheSameQuestionAndADifferentBodyIsRefused() {
        String key = "test-" + UUID.randomUUID();
        String body = sanne(IntakeTestPortals.token(client)).build().toString();
        long before = PORTAL.vraagRepository().count();
        JsonObject first;
        JsonObject again;
        try (var r = client.post("/api/vragen").header(VraagService.IDEMPOTENCY_KEY, key)
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit(body)) {
            assertThat(r.status(), is(Status.CREATED_201));
            first = TestJson.object(r);
        }
        try (var r = client.post("/api/vragen").header(VraagService.IDEMPOTENCY_KEY, key)
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit(body)) {
            assertThat(r.status(), is(Status.CREATED_201));
            assertThat(r.headers().first(io.helidon.http.HeaderNames.create("Idempotent-Replayed")).orElse(""), is("true"));
            again = TestJson.object(r);
        }
        assertThat(again, is(first));
        assertThat(PORTAL.vraagRepository().count(), is(before + 1));
        try (var r = client.post("/api/vragen").header(VraagService.IDEMPOTENCY_KEY, key)
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit(body.replace("Sanne", "Sanna"))) {
            assertThat(r.status().code(), is(422));
            assertThat(TestJson.object(r).getString("code"), is("idempotency-key-reused"));
        }
    }

    @Test
    void everyInvalidFieldIsReportedAtOnceAndNothingIsStored() {
        long before = PORTAL.vraagRepository().count();
        JsonObject body = sanne(IntakeTestPortals.token(client))
                .add("rol", "opa").add("sector", "hbo").add("postcode", "351").add("vraag", "kort")
                .add("categorie", "iets").add("email", "geen-mail").add("leeftijd", "zes").add("toestemming", false)
                .add("schoenmaat", 42).build();
        JsonObject problem = submit(body, Status.BAD_REQUEST_400);
        assertThat(problem.getString("code"), is("validation-failed"));
        var velden = problem.getJsonArray("fouten").stream().map(v -> v.asJsonObject().getString("veld")).toList();
        assertThat(velden, hasItems("rol", "sector", "postcode", "vraag", "categorie", "email", "leeftijd",
                                    "toestemming", "schoenmaat"));
        var codes = problem.getJsonArray("fouten").stream().map(v -> v.asJsonObject().getString("code")).toList();
        assertThat(codes, hasItems("invalid-choice", "invalid-postcode", "too-short", "invalid-email", "wrong-type",
                                   "consent-required", "unknown-field"));
        assertThat(PORTAL.vraagRepository().count(), is(before));
    }

    @Test
    void aPupilWithoutParentEmailWhoStaysHomeIsUrgentWithTwoWorkingDaysAndVoRouting() {
        JsonObject daan = jakarta.json.Json.createObjectBuilder()
                .add("rol", "leerling").add("leeftijdsband", "12-15").add("sector", "weet-niet").add("leeftijd", 14)
                .add("postcode", "8011").add("categorie", "thuiszitten").add("thuiszitten", true)
                .add("vraag", "Ik ga niet meer naar school omdat ik gepest word. Wat kan ik doen?")
                .add("toestemming", true).add("toestemmingVersie", Toestemming.VERSIE)
                .add("formulierToken", IntakeTestPortals.token(client)).build();
        JsonObject created = submit(daan, Status.CREATED_201);
        assertThat(created.getBoolean("urgent"), is(true));
        assertThat(created.getJsonObject("swv").getString("code"), startsWith("VO"));
        assertThat(LocalDate.parse(created.getString("verwachtAntwoordVoor")),
                   is(Werkdagen.plus(LocalDate.now(IntakeService.ZONE), 2)));
        assertThat(created.getJsonArray("suggesties").getJsonObject(0).getString("doelgroep"), is("jongeren"));
    }

    @Test
    void mboAndEuropoortGoToTheLandelijkLoketAndAMalformedPostcodeIsRefused() {
        JsonObject mbo = submit(sanne(IntakeTestPortals.token(client)).add("sector", "mbo").add("leeftijd", 17).build(),
                                Status.CREATED_201);
        assertThat(mbo.containsKey("swv"), is(false));
        assertThat(mbo.getJsonObject("landelijkLoket").getString("naam"), containsString("Landelijk loket"));
        assertThat(mbo.getJsonObject("routering").getString("regel"), is("mbo"));
        JsonObject europoort = submit(sanne(IntakeTestPortals.token(client)).add("postcode", "3198").build(), Status.CREATED_201);
        assertThat(europoort.getJsonObject("routering").getString("regel"), is("postcode-zonder-swv"));
        JsonObject bad = submit(sanne(IntakeTestPortals.token(client)).add("postcode", "ABCD").build(), Status.BAD_REQUEST_400);
        assertThat(bad.getJsonArray("fouten").getJsonObject(0).getString("code"), is("invalid-postcode"));
    }

    @Test
    void withAnAanmelddatumTheZorgplichtDatesAreSixAndTenWeeksLater() {
        LocalDate aanmelding = LocalDate.now(IntakeService.ZONE).minusWeeks(1);
        JsonObject created = submit(sanne(IntakeTestPortals.token(client)).add("aanmelddatum", aanmelding.toString()).build(),
                                    Status.CREATED_201);
        assertThat(created.getJsonObject("zorgplicht").getString("besluitVoor"), is(aanmelding.plusWeeks(6).toString()));
        assertThat(created.getJsonObject("zorgplicht").getString("uiterlijkVoor"), is(aanmelding.plusWeeks(10).toString()));
    }

    @Test
    void withdrawingErasesPersonalDataKeepsAnAnonymousTombstoneAndTheCodeStopsWorking() {
        JsonObject created = submit(sanne(IntakeTestPortals.token(client)).build(), Status.CREATED_201);
        try (var r = client.delete("/api/vragen/" + created.getString("referentie"))
                .header(VraagService.X_VOLGCODE, created.getString("volgcode")).request()) {
            assertThat(r.status(), is(Status.NO_CONTENT_204));
        }
        status(created.getString("referentie"), created.getString("volgcode"), Status.NOT_FOUND_404);
        Vraag tombstone = PORTAL.vraagRepository().findByReferentie(created.getString("referentie")).orElseThrow();
        assertThat(tombstone.status(), is(VraagStatus.INGETROKKEN));
        assertThat(tombstone.tekst().isPresent(), is(false));
        assertThat(tombstone.email().isPresent(), is(false));
        assertThat(tombstone.naam().isPresent(), is(false));
        assertThat(tombstone.categorie(), is("aanmelden-zorgplicht"));
        assertThat(tombstone.swvCode().orElseThrow(), is("PO2707"));
    }

    @Test
    void theNoJsFormConfirmsWithAnEscapedHtmlPageAndReshowsErrorsEscaped() {
        String token = IntakeTestPortals.token(client);
        String form = "rol=ouder&sector=po&postcode=1011&categorie=opp&toestemming=ja&toestemmingVersie=" + Toestemming.VERSIE
                + "&formulierToken=" + token + "&vraag=" + java.net.URLEncoder.encode(
                "<script>alert(1)</script> Wat is een OPP en moet ik instemmen?", java.nio.charset.StandardCharsets.UTF_8);
        try (var r = client.post("/api/vragen/formulier").header(HeaderNames.CONTENT_TYPE, "application/x-www-form-urlencoded")
                .submit(form)) {
            assertThat(r.status(), is(Status.OK_200));
            String html = r.as(String.class);
            assertThat(html, containsString("Uw vraag is verstuurd"));
            assertThat(html, containsString("PW-"));
        }
        try (var r = client.post("/api/vragen/formulier").header(HeaderNames.CONTENT_TYPE, "application/x-www-form-urlencoded")
                .submit(form)) {
            assertThat("same form token: same question", r.status(), is(Status.OK_200));
        }
        String bad = form.replace("postcode=1011", "postcode=%3Cb%3Ex").replace("toestemming=ja&", "")
                .replace(token, IntakeTestPortals.token(client));
        try (var r = client.post("/api/vragen/formulier").header(HeaderNames.CONTENT_TYPE, "application/x-www-form-urlencoded")
                .submit(bad)) {
            assertThat(r.status(), is(Status.BAD_REQUEST_400));
            String html = r.as(String.class);
            assertThat(html, containsString("&lt;script&gt;"));
            assertThat(html, containsString("&lt;b&gt;x"));
            assertThat(html, not(containsString("<script>")));
            assertThat(html, containsString("Geef toestemming"));
        }
    }

    @Test
    void withoutJavaScriptTheAskerReactsAndWithdrawsFromTheStatusPage() {
        JsonObject created = submit(sanne(IntakeTestPortals.token(client)).build(), Status.CREATED_201);
        String referentie = created.getString("referentie");
        String volgcode = created.getString("volgcode");
        String wie = "referentie=" + referentie + "&volgcode=" + volgcode;

        String page = form("/api/vragen/status", wie, Status.OK_200);
        assertThat(page, containsString("action=\"/api/vragen/reactie\""));
        assertThat(page, containsString("action=\"/api/vragen/intrekken\""));

        String leeg = form("/api/vragen/reactie", wie + "&tekst=", Status.BAD_REQUEST_400);
        assertThat(leeg, containsString("Schrijf uw reactie."));
        String kept = form("/api/vragen/reactie", wie + "&tekst=" + encode("<b>nog</b> iets " + "x".repeat(5000)),
                           Status.BAD_REQUEST_400);
        assertThat(kept, containsString("Dit is te lang"));
        assertThat("the text is shown again, escaped", kept, containsString("&lt;b&gt;nog&lt;/b&gt; iets"));
        assertThat(form("/api/vragen/reactie", "referentie=" + referentie + "&volgcode=fout&tekst=hallo",
                        Status.NOT_FOUND_404), containsString("We vinden geen vraag"));

        String geplaatst = form("/api/vragen/reactie", wie + "&tekst=" + encode("De school heeft nu gebeld."),
                                Status.OK_200);
        assertThat(geplaatst, containsString("Uw reactie is verstuurd."));
        assertThat(geplaatst, containsString("De school heeft nu gebeld."));
        long vraagId = PORTAL.vraagRepository().findByReferentie(referentie).orElseThrow().id();
        assertThat(PORTAL.vraagRepository().berichten(vraagId, false).getLast().tekst(), is("De school heeft nu gebeld."));

        assertThat(form("/api/vragen/intrekken", wie, Status.BAD_REQUEST_400), containsString("Er is niets verwijderd."));
        assertThat(PORTAL.vraagRepository().findByReferentie(referentie).orElseThrow().tekst().isPresent(), is(true));
        assertThat(form("/api/vragen/intrekken", wie + "&bevestig=ja", Status.OK_200), containsString("Uw vraag is verwijderd"));
        assertThat(PORTAL.vraagRepository().findByReferentie(referentie).orElseThrow().status(), is(VraagStatus.INGETROKKEN));
        assertThat(PORTAL.vraagRepository().berichten(vraagId, true).isEmpty(), is(true));
    }

    private String form(String path, String body, Status expected) {
        try (var r = client.post(path).header(HeaderNames.CONTENT_TYPE, "application/x-www-form-urlencoded").submit(body)) {
            assertThat(path + " " + body, r.status(), is(expected));
            assertThat(r.headers().first(HeaderNames.CACHE_CONTROL).orElse(""), is("no-store"));
            return r.as(String.class);
        }
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theHoneypotAndAForgedFormTokenAreRefused() {
        JsonObject honey = submit(sanne(IntakeTestPortals.token(client)).add("website", "http://spam").build(),
                                  Status.BAD_REQUEST_400);
        assertThat(honey.getString("code"), is("submission-rejected"));
        JsonObject forged = submit(sanne("v1.1700000000.abcdef.forged").build(), Status.BAD_REQUEST_400);
        assertThat(forged.getJsonArray("fouten").getJsonObject(0).getString("code"), is("invalid-form-token"));
    }

    @Test
    void categoriesAreAFixedListOfAtLeastTwentyWithDutchLabels() {
        try (var r = client.get("/api/vragen/categorieen").request()) {
            var list = TestJson.array(r);
            assertThat(list.size(), greaterThanOrEqualTo(20));
            assertThat(list.getJsonObject(0).getString("label").isBlank(), is(false));
        }
        try (var r = client.get("/api/vragen/formulier").request()) {
            JsonObject form = TestJson.object(r);
            assertThat(form.getString("toestemmingVersie"), is(Toestemming.VERSIE));
            assertThat(form.getJsonArray("rollen").getValuesAs(JsonString::getString), hasItems("ouder", "leerling"));
        }
    }

    @Test
    void aBodyOverThirtyTwoKibIsRefusedWith413AndAWrongContentTypeWith415() {
        String huge = sanne(IntakeTestPortals.token(client)).add("vraag", "x".repeat(40_000)).build().toString();
        try (var r = client.post("/api/vragen").header(HeaderNames.CONTENT_TYPE, "application/json").submit(huge)) {
            assertThat(r.status(), is(Status.REQUEST_ENTITY_TOO_LARGE_413));
            assertThat(TestJson.object(r).getString("code"), is("payload-too-large"));
        }
        try (var r = client.post("/api/vragen").header(HeaderNames.CONTENT_TYPE, "text/plain").submit("hallo")) {
            assertThat(r.status(), is(Status.UNSUPPORTED_MEDIA_TYPE_415));
        }
    }

    @Test
    void healthSaysThatWithoutSmtpMessagesWaitInTheOutbox() {
        try (var r = client.get("/observe/health").request()) {
            assertThat(r.status(), is(Status.OK_200));
            String body = r.as(String.class);
            assertThat(body, containsString("outbox"));
            assertThat(body, containsString("niet ingesteld"));
        }
    }
}
