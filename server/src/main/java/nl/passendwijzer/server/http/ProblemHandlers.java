package nl.passendwijzer.server.http;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.helidon.http.BadRequestException;
import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpException;
import io.helidon.http.NotFoundException;
import io.helidon.http.Status;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerResponse;

/**
 * Maps every failure to {@code application/problem+json}, registered once for the whole routing.
 * Unexpected exceptions are logged with an incident id and answered without any internal detail.
 */
public final class ProblemHandlers {
    public static final String PROBLEM_JSON = "application/problem+json";
    private static final System.Logger LOGGER = System.getLogger(ProblemHandlers.class.getName());

    private ProblemHandlers() {
    }

    public static void register(HttpRouting.Builder routing) {
        routing.error(ProblemException.class, (req, res, ex) -> send(res, ex.toProblem()))
                .error(NotFoundException.class, (req, res, ex) -> send(res, notFound()))
                .error(BadRequestException.class, (req, res, ex) -> send(res, badRequest()))
                .error(HttpException.class, (req, res, ex) -> send(res, fromStatus(ex.status())))
                .error(Exception.class, (req, res, ex) -> {
                    String incident = UUID.randomUUID().toString();
                    LOGGER.log(Level.ERROR, "Unexpected failure, incident " + incident, ex);
                    send(res, internal(incident));
                });
    }

    /** Problem bodies for errors the server answers before routing (too large, malformed HTTP). */
    public static DirectHandlers directHandlers() {
        DirectHandler handler = (request, eventType, status, headers, message) -> {
            Problem problem = fromStatus(status);
            headers.set(HeaderNames.CONTENT_TYPE, PROBLEM_JSON);
            return DirectHandler.TransportResponse.builder()
                    .status(status)
                    .headers(headers)
                    .entity(Json.write(problem).getBytes(StandardCharsets.UTF_8))
                    .build();
        };
        DirectHandlers.Builder builder = DirectHandlers.builder();
        for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
            builder.addHandler(type, handler);
        }
        return builder.build();
    }

    public static void send(ServerResponse res, Problem problem) {
        res.status(Status.create(problem.status()));
        res.headers().set(HeaderNames.CONTENT_TYPE, PROBLEM_JSON);
        res.headers().set(HeaderNames.CACHE_CONTROL, "no-store");
        res.send(Json.write(problem).getBytes(StandardCharsets.UTF_8));
    }

    static Problem notFound() {
        return Problem.of(404, "not-found", "Niet gevonden", "Deze pagina of dit gegeven bestaat niet.", List.of());
    }

    static Problem badRequest() {
        return Problem.of(400, "bad-request", "Ongeldig verzoek", "Het verzoek kon niet worden gelezen.", List.of());
    }

    static Problem internal(String incident) {
        return Problem.of(500, "internal-error", "Er ging iets mis",
                          "Er ging aan onze kant iets mis. Probeer het later opnieuw. Meldingsnummer: " + incident + ".",
                          List.of());
    }

    static Problem fromStatus(Status status) {
        return switch (status.code()) {
            case 400 -> badRequest();
            case 404 -> notFound();
            case 405 -> Problem.of(405, "method-not-allowed", "Methode niet toegestaan",
                                   "Deze actie is hier niet mogelijk.", List.of());
            case 413 -> Problem.of(413, "payload-too-large", "Te groot",
                                   "Wat u verstuurt is te groot. Maak het kleiner en probeer het opnieuw.", List.of());
            case 415 -> Problem.of(415, "unsupported-media-type", "Verkeerd formaat",
                                   "Dit formaat wordt hier niet geaccepteerd.", List.of());
            case 431 -> Problem.of(431, "headers-too-large", "Te grote kopregels",
                                   "De kopregels van het verzoek zijn te groot.", List.of());
            default -> status.code() >= 500
                    ? Problem.of(status.code(), "internal-error", "Er ging iets mis",
                                 "Er ging aan onze kant iets mis. Probeer het later opnieuw.", List.of())
                    : Problem.of(status.code(), "request-refused", "Verzoek geweigerd",
                                 "Dit verzoek kan niet worden uitgevoerd.", List.of());
        };
    }

}
