package nl.passendwijzer.server.zoeken;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import nl.passendwijzer.search.Suggestion;
import nl.passendwijzer.server.http.ProblemException;
import nl.passendwijzer.server.zoeken.ZoekViews.Suggestie;

/** {@code /api/suggesties?q=}: autocomplete over school names, places and vocabulary terms. */
public final class SuggestieService implements HttpService {
    private static final int LIMIT = 8;

    private final PortalSearch search;

    SuggestieService(PortalSearch search) {
        this.search = search;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::suggest);
    }

    private void suggest(ServerRequest req, ServerResponse res) {
        String q = req.query().first("q").orElse("").strip();
        if (q.isEmpty() || q.length() > 100) {
            throw ProblemException.badRequest("invalid-prefix", "Typ 1 tot 100 tekens om suggesties te krijgen.");
        }
        List<Suggestie> suggestions = search.suggest(q, LIMIT).stream().map(SuggestieService::view).toList();
        res.send(suggestions);
    }

    private static Suggestie view(Suggestion s) {
        return switch (s.kind()) {
            case SCHOOL -> new Suggestie(s.label(), "school", "/scholen/" + s.id().orElse(""));
            case PLAATS -> new Suggestie(s.label(), "plaats", "/?gemeente=" + encode(s.label()));
            case TERM -> new Suggestie(s.label(), "begrip", "/?q=" + encode(s.label()));
        };
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
