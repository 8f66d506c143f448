package nl.passendwijzer.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * Readable page addresses ({@code /rechten/zorgplicht}, {@code /scholen/12AB00}) mapped to the static HTML page that
 * renders them; the page reads the rest from its own URL and the JSON API. Not part of the API, so not in OpenAPI.
 */
public final class PageService implements HttpService {
    private static final String HTML = "text/html; charset=UTF-8";
    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();

    @Override
    public void routing(HttpRules rules) {
        rules.get("/zoeken", page("index.html"))
                .get("/scholen/{id}", page("school.html"))
                .get("/vergelijken", page("vergelijken.html"))
                .get("/rechten", page("rechten.html"))
                .get("/rechten/{slug}", page("artikel.html"))
                .get("/vraag", page("vraag.html"))
                .get("/volg", page("volg.html"))
                .get("/medewerker", page("medewerker/index.html"))
                .get("/medewerker/inbox", page("medewerker/inbox.html"))
                .get("/medewerker/vragen/{id}", page("medewerker/vraag.html"))
                .get("/medewerker/statistiek", page("medewerker/statistiek.html"))
                .get("/medewerker/instellingen", page("medewerker/instellingen.html"));
    }

    private io.helidon.webserver.http.Handler page(String file) {
        return (ServerRequest req, ServerResponse res) -> {
            res.headers().set(HeaderNames.CONTENT_TYPE, HTML);
            res.headers().set(HeaderNames.CACHE_CONTROL, "no-cache");
            res.send(pages.computeIfAbsent(file, PageService::read));
        };
    }

    private static byte[] read(String file) {
        try (InputStream in = PageService.class.getResourceAsStream("/web/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing page web/" + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
