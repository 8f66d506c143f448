package nl.passendwijzer.server.rechten;

import java.util.List;
import java.util.Optional;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import nl.passendwijzer.server.http.ProblemException;
import nl.passendwijzer.server.rechten.RechtenRepository.ArtikelRecord;
import nl.passendwijzer.server.rechten.RechtenViews.ArtikelItem;
import nl.passendwijzer.server.rechten.RechtenViews.ArtikelLink;
import nl.passendwijzer.server.rechten.RechtenViews.ArtikelView;
import nl.passendwijzer.server.rechten.RechtenViews.BronView;
import nl.passendwijzer.server.rechten.RechtenViews.DoelgroepLink;

/** {@code /api/rechten}: the rights explanations, for ouders and for jongeren. */
public final class RechtenService implements HttpService {
    private final RechtenRepository repository;

    public RechtenService(RechtenRepository repository) {
        this.repository = repository;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list)
                .get("/{slug}", this::one);
    }

    private void list(ServerRequest req, ServerResponse res) {
        Optional<String> doelgroep = doelgroep(req);
        List<ArtikelItem> items = repository.all().stream()
                .filter(a -> doelgroep.map(a.doelgroep()::equals).orElse(true))
                .map(a -> new ArtikelItem(a.slug(), a.doelgroep(), a.titel(), a.samenvatting(), a.status(),
                                          RechtenViews.statusLabel(a.status()), a.onderwerpen(),
                                          RechtenViews.url(a.slug(), a.doelgroep())))
                .toList();
        res.send(items);
    }

    private void one(ServerRequest req, ServerResponse res) {
        String slug = req.path().pathParameters().get("slug");
        String doelgroep = doelgroep(req).orElse("ouders");
        ArtikelRecord a = repository.find(slug, doelgroep).orElseThrow(() -> ProblemException.notFound(
                "article-not-found", "Dit artikel bestaat niet. Kijk in de lijst met onderwerpen op /rechten."));
        String ander = "ouders".equals(doelgroep) ? "jongeren" : "ouders";
        res.send(new ArtikelView(a.slug(), a.doelgroep(), a.titel(), a.samenvatting(), a.status(),
                                 RechtenViews.statusLabel(a.status()), a.onderwerpen(), a.html(),
                                 a.bronnen().stream().map(RechtenService::bron).toList(),
                                 a.laatstGecontroleerd().toString(),
                                 a.gerelateerd().stream().map(s -> link(s, doelgroep)).flatMap(Optional::stream).toList(),
                                 new DoelgroepLink(ander, RechtenViews.url(slug, ander))));
    }

    private Optional<ArtikelLink> link(String slug, String doelgroep) {
        return repository.titel(slug, doelgroep).map(t -> new ArtikelLink(slug, t, RechtenViews.url(slug, doelgroep)));
    }

    private static BronView bron(RechtenLoader.StoredBron bron) {
        return new BronView(bron.soort(), bron.waarde(), bron.over(), "url".equals(bron.soort()) ? bron.waarde() : null);
    }

    private static Optional<String> doelgroep(ServerRequest req) {
        Optional<String> value = req.query().first("doelgroep").asOptional().filter(v -> !v.isBlank());
        if (value.isPresent() && !List.of("ouders", "jongeren").contains(value.get())) {
            throw ProblemException.badRequest("invalid-doelgroep", "Kies als doelgroep 'ouders' of 'jongeren'.");
        }
        return value;
    }
}
