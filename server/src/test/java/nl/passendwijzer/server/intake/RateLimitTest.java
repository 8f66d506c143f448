package nl.passendwijzer.server.intake;

import java.time.Duration;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import nl.passendwijzer.server.Portal;
import nl.passendwijzer.server.PortalServer;
import nl.passendwijzer.server.TestJson;
import nl.passendwijzer.server.TestPortals;
import nl.passendwijzer.server.mail.MailSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/** Per-address limits: the third submission and the fourth look-up in an hour get 429 with Retry-After. */
@ServerTest
class RateLimitTest {
    private static final Portal PORTAL = IntakeTestPortals.start(
            IntakeSettings.defaults().withLimits(2, 3).withMinimaleInvultijd(Duration.ZERO), MailSettings.none());
    private final Http1Client client;

    RateLimitTest(Http1Client client) {
        this.client = client;
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        PortalServer.configure(server, TestPortals.serverConfig(), PORTAL);
        server.port(0);
    }

    @AfterAll
    static void stop() {
        PORTAL.close();
    }

    @Test
    void submissionsAndLookUpsAreLimitedPerAddress() {
        String body = IntakeTestPortals.sanne(IntakeTestPortals.token(client)).build().toString();
        for (int i = 0; i < 2; i++) {
            try (var r = client.post("/api/vragen").header(HeaderNames.CONTENT_TYPE, "application/json").submit(body)) {
                assertThat(r.status(), is(Status.CREATED_201));
            }
        }
        try (var r = client.post("/api/vragen").header(HeaderNames.CONTENT_TYPE, "application/json").submit(body)) {
            assertThat(r.status(), is(Status.TOO_MANY_REQUESTS_429));
            assertThat(Long.parseLong(r.headers().first(HeaderNames.RETRY_AFTER).orElseThrow()) > 0, is(true));
            assertThat(TestJson.object(r).getString("code"), is("rate-limited"));
        }
        for (int i = 0; i < 3; i++) {
            try (var r = client.get("/api/vragen/" + Referentie.nieuw()).header(VraagService.X_VOLGCODE, "X").request()) {
                assertThat(r.status(), is(Status.NOT_FOUND_404));
            }
        }
        try (var r = client.get("/api/vragen/" + Referentie.nieuw()).header(VraagService.X_VOLGCODE, "X").request()) {
            assertThat(r.status(), is(Status.TOO_MANY_REQUESTS_429));
        }
    }
}
