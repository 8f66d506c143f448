package nl.passendwijzer.server;

import java.lang.System.Logger.Level;

import io.helidon.config.Config;
import io.helidon.openapi.OpenApiFeature;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;
import nl.passendwijzer.server.db.DatabaseHealthCheck;
import nl.passendwijzer.server.http.ProblemHandlers;
import nl.passendwijzer.server.mail.OutboxHealthCheck;
import nl.passendwijzer.server.web.WebPages;

/** Builds the Helidon web server around a {@link Portal}: features, limits, error bodies and routing. */
public final class PortalServer {
    private static final System.Logger LOGGER = System.getLogger(PortalServer.class.getName());

    private PortalServer() {
    }

    /** Everything except the port comes from here, so tests run the same server as production. */
    public static void configure(WebServerConfig.Builder server, Config serverConfig, Portal portal) {
        server.config(serverConfig)
                .directHandlers(ProblemHandlers.directHandlers())
                .addFeature(ObserveFeature.builder()
                                    .addObserver(HealthObserver.builder()
                                                         .details(true)
                                                         .useSystemServices(false)
                                                         .addCheck(new DatabaseHealthCheck(portal.database().dbClient()))
                                                         .addCheck(new OutboxHealthCheck(portal.outbox(),
                                                                                         portal.outboxWorker().sending()))
                                                         .build())
                                    .addObserver(MetricsObserver.create())
                                    .build())
                .addFeature(OpenApiFeature.builder().build())
                .addFeature(WebPages.staticContent())
                .routing(routing -> PortalRouting.routing(routing, portal));
    }

    public static WebServer start(Config config, Portal portal) {
        WebServerConfig.Builder builder = WebServer.builder();
        configure(builder, config.get("server"), portal);
        WebServer server = builder.build();
        // Finish in-flight requests (grace period from config) before the index and database close under them.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            portal.close();
        }, "portal-shutdown"));
        server.start();
        LOGGER.log(Level.INFO, "Passend Wijzer ready on http://localhost:" + server.port());
        return server;
    }
}
