package nl.passendwijzer.server.http;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import nl.passendwijzer.server.PortalServer;
import nl.passendwijzer.server.TestPortals;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@ServerTest
class ProblemAndHeadersTest {
    private final Http1Client client;

    ProblemAndHeadersTest(Http1Client client) {
        this.client = client;
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        PortalServer.configure(server, TestPortals.serverConfig(), TestPortals.shared());
        server.port(0);
    }

    @Test
    void pagesCarryThePageSecurityHeaders() {
        try (Http1ClientResponse response = client.get("/").request()) {
            assertThat(response.headers().first(HeaderNames.create("Content-Security-Policy")).orElseThrow(),
                       allOf(containsString("script-src 'self'"), containsString("frame-ancestors 'none'")));
            assertThat(response.headers().first(HeaderNames.X_CONTENT_TYPE_OPTIONS).orElseThrow(), is("nosniff"));
            assertThat(response.headers().first(HeaderNames.create("Referrer-Policy")).orElseThrow(), is("no-referrer"));
            assertThat(response.headers().first(HeaderNames.create("X-Frame-Options")).orElseThrow(), is("DENY"));
        }
    }

    @Test
    void apiAnswersAreNeverCachedSniffedFramedOrRenderedWithContent() {
        try (Http1ClientResponse response = client.get("/api/swv/PO2707").request()) {
            assertThat(response.headers().first(HeaderNames.create("Content-Security-Policy")).orElseThrow(),
                       is("default-src 'none'; frame-ancestors 'none'"));
            assertThat(response.headers().first(HeaderNames.X_CONTENT_TYPE_OPTIONS).orElseThrow(), is("nosniff"));
            assertThat(response.headers().first(HeaderNames.CACHE_CONTROL).orElseThrow(), is("no-store"));
        }
    }

    /** Helidon sizes its send buffer as the body plus 256 bytes; a longer header block made it copy every answer again. */
    @Test
    void aSearchAnswersHeaderBlockFitsInFrontOfItsBody() {
        try (Http1ClientResponse response = client.get("/api/zoek").queryParam("q", "dyslexie").request()) {
            assertThat(response.status(), is(Status.OK_200));
            int headerBlock = "HTTP/1.1 200 OK\r\n".length() + "\r\n".length();
            for (Header header : response.headers()) {
                headerBlock += header.name().length() + ": ".length() + header.get().length() + "\r\n".length();
            }
            assertThat(headerBlock, is(lessThanOrEqualTo(240)));
        }
    }

    @Test
    void unknownPathIsAProblemNotAStackTrace() {
        try (Http1ClientResponse response = client.get("/api/bestaat-niet").request()) {
            assertThat(response.status(), is(Status.NOT_FOUND_404));
            assertThat(response.headers().contentType().orElseThrow().text(), startsWith("application/problem+json"));
            String body = response.as(String.class);
            assertThat(body, containsString("\"code\":\"not-found\""));
            assertThat(body, not(containsString("Exception")));
        }
    }

    /** The server refuses on the announced length, before reading a byte of the body. */
    @Test
    void aTenMegabyteBodyIsRefusedWith413(URI uri) throws IOException {
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.getOutputStream().write(("POST /api/swv HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 10485760\r\n\r\n")
                                                   .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response, startsWith("HTTP/1.1 413"));
            assertThat(response, containsString("application/problem+json"));
            assertThat(response, containsString("\"code\":\"payload-too-large\""));
        }
    }

    @Test
    void healthIsUpWithTheDatabaseCheck() {
        try (Http1ClientResponse response = client.get("/observe/health").request()) {
            assertThat(response.status(), is(Status.OK_200));
            String body = response.as(String.class);
            assertThat(body, containsString("\"name\":\"database\""));
            assertThat(body, containsString("\"status\":\"UP\""));
        }
    }

    @Test
    void metricsAndOpenApiAreServed() {
        try (Http1ClientResponse metrics = client.get("/observe/metrics").request()) {
            assertThat(metrics.status(), is(Status.OK_200));
        }
        try (Http1ClientResponse openapi = client.get("/openapi").request()) {
            assertThat(openapi.status(), is(Status.OK_200));
            assertThat(openapi.as(String.class), containsString("/api/swv/{code}"));
        }
    }
}
