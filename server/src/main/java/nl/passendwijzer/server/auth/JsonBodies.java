package nl.passendwijzer.server.auth;

import io.helidon.http.HttpException;
import io.helidon.webserver.http.ServerRequest;
import nl.passendwijzer.server.http.ProblemException;

/** Reads a JSON request body into a request record; an unreadable or missing body is a 400, never a 500. */
public final class JsonBodies {
    private JsonBodies() {
    }

    public static <T> T read(ServerRequest req, Class<T> type) {
        if (!req.content().hasEntity()) {
            throw unreadable();
        }
        try {
            T value = req.content().as(type);
            if (value == null) {
                throw unreadable();
            }
            return value;
        } catch (HttpException e) {
            throw e;
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            throw unreadable();
        }
    }

    private static ProblemException unreadable() {
        return ProblemException.badRequest("invalid-json", "Het verzoek kon niet worden gelezen: stuur geldige JSON.");
    }
}
