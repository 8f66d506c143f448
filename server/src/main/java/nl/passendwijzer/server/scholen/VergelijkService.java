package nl.passendwijzer.server.scholen;

import java.util.Arrays;
import java.util.List;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import nl.passendwijzer.server.http.ProblemException;
import nl.passendwijzer.server.scholen.SchoolViews.SchoolView;

/** {@code /api/vergelijk?ids=a,b}: two to four schools side by side. */
public final class VergelijkService implements HttpService {
    private final SchoolViewFactory views;

    public VergelijkService(SchoolViewFactory views) {
        this.views = views;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::compare);
    }

    private void compare(ServerRequest req, ServerResponse res) {
        List<String> ids = req.query().all("ids", List::of).stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (ids.size() < 2 || ids.size() > 4) {
            throw ProblemException.badRequest("invalid-compare-ids", "Kies 2, 3 of 4 scholen om te vergelijken.");
        }
        List<SchoolView> schools = ids.stream()
                .map(id -> views.view(id).orElseThrow(ScholenService::notFound))
                .toList();
        res.send(schools);
    }
}
