package nl.passendwijzer.server.scholen;

import java.util.List;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import nl.passendwijzer.server.http.ProblemException;
import nl.passendwijzer.server.scholen.SchoolViews.SchoolItem;

/** {@code /api/scholen}: find a school by name, and everything about one school. */
public final class ScholenService implements HttpService {
    private static final int MAX_NAME_RESULTS = 20;

    private final SchoolRepository repository;
    private final SchoolViewFactory views;

    public ScholenService(SchoolRepository repository, SchoolViewFactory views) {
        this.repository = repository;
        this.views = views;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::byName)
                .get("/{id}", this::one);
    }

    private void byName(ServerRequest req, ServerResponse res) {
        String naam = req.query().first("naam").orElse("").strip();
        if (naam.length() < 2 || naam.length() > 100) {
            throw ProblemException.badRequest("invalid-school-name",
                                              "Typ minstens 2 en hoogstens 100 tekens van de naam van de school.");
        }
        List<SchoolItem> items = repository.searchByName(naam, MAX_NAME_RESULTS).stream()
                .map(s -> new SchoolItem(s.id(), s.naam(), s.plaats(), s.soort(), s.fictief()))
                .toList();
        res.send(items);
    }

    private void one(ServerRequest req, ServerResponse res) {
        String id = req.path().pathParameters().get("id");
        res.send(views.view(id).orElseThrow(() -> notFound()));
    }

    static ProblemException notFound() {
        return ProblemException.notFound("school-not-found", "Deze school staat niet in Passend Wijzer.");
    }
}
