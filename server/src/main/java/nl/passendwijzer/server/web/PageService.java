package nl.passendwijzer.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import nl.passendwijzer.server.intake.VraagViews.FormulierView;

/**
 * Readable page addresses ({@code /rechten/zorgplicht}, {@code /scholen/12AB00}) mapped to the static HTML page that
 * renders them; the page reads the rest from its own URL and the JSON API. Not part of the API, so not in OpenAPI.
 * The question form is the one page with per-request content: the server fills in a fresh signed form token and the
 * consent version, so the plain form post works without JavaScript.
 */
public final class PageService implements HttpService {
    private static final String HTML = "text/html; charset=UTF-8";
    static final String TOKEN_PLAATS = "id=\"formulierToken\" value=\"\"";
    static final String VERSIE_PLAATS = "id=\"toestemmingVersie\" value=\"\"";
    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
    private final Supplier<FormulierView> formulier;

    public PageService(Supplier<FormulierView> formulier) {
        this.formulier = formulier;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/zoeken", page("index.html"))
                .get("/scholen/{id}", page("school.html"))
                .get("/vergelijken", page("vergelijken.html"))
                .get("/rechten", page("rechten.html"))
                .get("/rechten/{slug}", page("artikel.html"))
                .get("/vraag", this::vraag)
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

    private void vraag(ServerRequest req, ServerResponse res) {
        FormulierView view = formulier.get();
        String html = new String(pages.computeIfAbsent("vraag.html", PageService::read), StandardCharsets.UTF_8);
        if (!html.contains(TOKEN_PLAATS) || !html.contains(VERSIE_PLAATS)) {
            throw new IllegalStateException("web/vraag.html lacks the empty formulierToken or toestemmingVersie field");
        }
        html = html.replace(TOKEN_PLAATS, "id=\"formulierToken\" value=\"" + attribute(view.formulierToken()) + "\"")
                .replace(VERSIE_PLAATS, "id=\"toestemmingVersie\" value=\"" + attribute(view.toestemmingVersie()) + "\"");
        res.headers().set(HeaderNames.CONTENT_TYPE, HTML);
        res.headers().set(HeaderNames.CACHE_CONTROL, "no-store");
        res.send(html.getBytes(StandardCharsets.UTF_8));
    }

    /** Escapes a value for a double-quoted HTML attribute. */
    static String attribute(String value) {
        return value == null ? "" : value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
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
