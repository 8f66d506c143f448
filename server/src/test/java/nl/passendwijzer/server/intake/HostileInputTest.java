package nl.passendwijzer.server.intake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import nl.passendwijzer.server.Portal;
import nl.passendwijzer.server.PortalServer;
import nl.passendwijzer.server.TestPortals;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;

/**
 * Hostile input: hundreds of malformed requests (bad JSON, wrong types, huge fields, control characters, script and
 * SQL fragments, wrong content types, Unicode tricks). Every one gets a 4xx (never 2xx or 5xx) and nothing is stored.
 */
@ServerTest
class HostileInputTest {
    private static final Portal PORTAL = IntakeTestPortals.shared();
    private static final List<String> FIELDS = List.of("rol", "leeftijdsband", "naam", "email", "telefoon",
                                                       "voorkeurskanaal", "sector", "leeftijd", "huidigeSchool",
                                                       "aangemeldeSchool", "postcode", "categorie", "vraag", "thuiszitten",
                                                       "aanmelddatum", "toestemming", "toestemmingVersie", "formulierToken");
    private static final List<String> NASTY = List.of(
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' OR '1'='1", "'; DROP TABLE vraag; --",
            "1; DELETE FROM vraag", "${jndi:ldap://x/y}", "../../../etc/passwd", "%00", "ou\u200Bder", "oud\u0435r",
            "\uFF4F\uFF55\uFF44\uFF45\uFF52", "\u202Eredou", "ouder\u0000", "\uD83D\uDE00", "NaN", "-1", "1e309",
            "9999-99-99", "2026-02-30", "PO27070", "VO2708 OR 1=1");
    private final Http1Client client;

    HostileInputTest(Http1Client client) {
        this.client = client;
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        PortalServer.configure(server, TestPortals.serverConfig(), PORTAL);
        server.port(0);
    }

    private record Request(String label, Method method, String path, String contentType, byte[] body) {
    }

    @Test
    void hundredsOfHostileRequestsGetOnlyFourHundredsAndStoreNothing() {
        long before = PORTAL.vraagRepository().count();
        String token = IntakeTestPortals.token(client);
        JsonObject valid = IntakeTestPortals.sanne(token).build();
        List<Request> requests = new ArrayList<>();

        for (String json : List.of("", " ", "{", "}", "[]", "null", "123", "\"tekst\"", "{\"rol\":}", "{\"rol\" \"ouder\"}",
                                   "{'rol':'ouder'}", "{\"rol\":\"ouder\",}", valid + "garbage", valid + valid.toString(),
                                   "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
                                   "{\"vraag\":\"\\ud800\"}", "{\"vraag\":\"\\u0000\"}", "\uFEFF" + valid, "{\"rol\":\"\\x41\"}")) {
            requests.add(json("bad json " + shorten(json), json.getBytes(StandardCharsets.UTF_8)));
        }
        requests.add(json("invalid utf-8", new byte[] {'{', '"', 'r', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}));
        requests.add(json("overlong utf-8", new byte[] {'{', '"', (byte) 0xC0, (byte) 0xAF, '"', ':', '1', '}'}));

        for (String field : FIELDS) {
            for (JsonValue wrong : List.of(Json.createValue(12345), JsonValue.TRUE, JsonValue.EMPTY_JSON_ARRAY,
                                           JsonValue.EMPTY_JSON_OBJECT, Json.createValue(1.5))) {
                if (isAcceptable(field, wrong)) {
                    continue;
                }
                requests.add(json("wrong type " + field + "=" + wrong, with(valid, field, wrong)));
            }
            requests.add(json("huge " + field, with(valid, field, Json.createValue("x".repeat(12_000)))));
        }
        for (String field : List.of("rol", "leeftijdsband", "email", "telefoon", "voorkeurskanaal", "sector", "leeftijd",
                                    "huidigeSchool", "aangemeldeSchool", "postcode", "categorie", "aanmelddatum",
                                    "toestemmingVersie", "formulierToken")) {
            for (String nasty : NASTY) {
                requests.add(json("nasty " + field + "=" + shorten(nasty), with(valid, field, Json.createValue(nasty))));
            }
        }
        for (String control : List.of("\u0000", "\u0007", "\u001B[31m", "\u007F", "\u0085", "\u202E", "\u2066", "\uFFFF")) {
            requests.add(json("control in vraag " + (int) control.charAt(0),
                              with(valid, "vraag", Json.createValue("Een vraag met een raar teken " + control + " erin."))));
            requests.add(json("control in naam " + (int) control.charAt(0), with(valid, "naam", Json.createValue("Sanne" + control))));
        }
        requests.add(json("honeypot", with(valid, "website", Json.createValue("http://spam.example"))));
        requests.add(json("unknown field", with(valid, "isAdmin", JsonValue.TRUE)));
        requests.add(json("too large", ("{\"vraag\":\"" + "y".repeat(40_000) + "\"}").getBytes(StandardCharsets.UTF_8)));

        byte[] validBytes = valid.toString().getBytes(StandardCharsets.UTF_8);
        for (String ct : List.of("text/plain", "application/xml", "text/html", "multipart/form-data; boundary=x",
                                 "application/x-www-form-urlencoded", "application/jsonp", "")) {
            requests.add(new Request("content type " + ct, Method.POST, "/api/vragen", ct, validBytes));
        }
        for (String form : List.of("", "rol=ouder", "%zz=1", "rol=%E0%A4%A", "vraag=" + "z".repeat(40_000),
                                   "rol=ouder&rol=leerling", "website=spam&rol=ouder", "formulierToken=" + token,
                                   "rol=<script>&sector=po&postcode=1011")) {
            requests.add(new Request("form " + shorten(form), Method.POST, "/api/vragen/formulier",
                                     "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8)));
        }
        requests.add(new Request("form as json", Method.POST, "/api/vragen/formulier", "application/json", validBytes));
        for (String ref : List.of("PW-0000-0000", "' OR 1=1 --", "%3Cscript%3E", "..%2F..%2Fetc", "PW-" + "A".repeat(200))) {
            requests.add(new Request("status " + ref, Method.GET, "/api/vragen/" + ref, null, null));
            requests.add(new Request("delete " + ref, Method.DELETE, "/api/vragen/" + ref, null, null));
            requests.add(new Request("follow-up " + ref, Method.POST, "/api/vragen/" + ref + "/berichten", "application/json",
                                     "{\"tekst\":\"hallo\"}".getBytes(StandardCharsets.UTF_8)));
        }

        List<String> failures = new ArrayList<>();
        for (Request r : requests) {
            var call = client.method(r.method()).path(r.path()).header(VraagService.X_VOLGCODE, "AAAA-BBBB");
            if (r.contentType() != null && !r.contentType().isEmpty()) {
                call.header(HeaderNames.CONTENT_TYPE, r.contentType());
            }
            try (var response = r.body() == null ? call.request() : call.submit(r.body())) {
                int status = response.status().code();
                if (status < 400 || status >= 500) {
                    failures.add(r.label() + " -> " + status);
                }
            }
        }
        assertThat(requests.size(), greaterThanOrEqualTo(200));
        assertThat(failures, is(empty()));
        assertThat(PORTAL.vraagRepository().count(), is(before));
    }

    private static boolean isAcceptable(String field, JsonValue value) {
        return ("thuiszitten".equals(field) && value == JsonValue.TRUE)
                || ("toestemming".equals(field) && value == JsonValue.TRUE)
                || ("leeftijd".equals(field) && value.getValueType() == JsonValue.ValueType.NUMBER
                && ((jakarta.json.JsonNumber) value).isIntegral() && ((jakarta.json.JsonNumber) value).intValue() <= 30);
    }

    private static Request json(String label, byte[] body) {
        return new Request(label, Method.POST, "/api/vragen", "application/json", body);
    }

    private static byte[] with(JsonObject valid, String field, JsonValue value) {
        var builder = Json.createObjectBuilder(valid);
        builder.add(field, value);
        return builder.build().toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String shorten(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }
}
