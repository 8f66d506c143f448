package nl.passendwijzer.server.web;

import java.time.Duration;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import nl.passendwijzer.server.Portal;
import nl.passendwijzer.server.PortalServer;
import nl.passendwijzer.server.TestPortals;

/** The real portal server, in-process on a random port, on a fresh H2 database with the bundled content. */
final class RunningPortal implements AutoCloseable {
    private final Portal portal;
    private final WebServer server;

    private RunningPortal(Portal portal, WebServer server) {
        this.portal = portal;
        this.server = server;
    }

    static RunningPortal start() {
        return start(TestPortals.h2(TestPortals.tempDir("pw-browser")));
    }

    /** With a shorter minimum fill time of the question form, so a browser test need not wait the default 3 s. */
    static RunningPortal start(Duration minimaleInvultijd) {
        return start(TestPortals.h2(TestPortals.tempDir("pw-browser"),
                                    s -> s.withIntake(s.intake().withMinimaleInvultijd(minimaleInvultijd))));
    }

    private static RunningPortal start(Portal portal) {
        WebServerConfig.Builder builder = WebServer.builder();
        PortalServer.configure(builder, TestPortals.serverConfig(), portal);
        builder.port(0).host("127.0.0.1");
        WebServer server = builder.build().start();
        return new RunningPortal(portal, server);
    }

    Portal portal() {
        return portal;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() {
        server.stop();
        portal.close();
    }
}
