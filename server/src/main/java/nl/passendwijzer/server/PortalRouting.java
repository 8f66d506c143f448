package nl.passendwijzer.server;

import io.helidon.webserver.http.HttpRouting;
import nl.passendwijzer.server.http.ProblemHandlers;
import nl.passendwijzer.server.http.SecurityHeaders;
import nl.passendwijzer.server.regio.SwvService;

/** The one place where every HTTP area is registered. */
public final class PortalRouting {
    private PortalRouting() {
    }

    public static void routing(HttpRouting.Builder routing, Portal portal) {
        routing.addFilter(new SecurityHeaders());
        ProblemHandlers.register(routing);
        routing.register("/api/swv", new SwvService(portal.swvDirectory()));
    }
}
