package nl.passendwijzer.server.zoeken;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.helidon.common.media.type.MediaTypes;
import io.helidon.common.parameters.Parameters;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import nl.passendwijzer.content.regio.Pc4;
import nl.passendwijzer.search.DistanceLabel;
import nl.passendwijzer.search.DocumentType;
import nl.passendwijzer.search.Doelgroep;
import nl.passendwijzer.search.GeoPoint;
import nl.passendwijzer.search.IndexSchema;
import nl.passendwijzer.search.InvalidQueryException;
import nl.passendwijzer.search.SearchHit;
import nl.passendwijzer.search.SearchRequest;
import nl.passendwijzer.search.SearchResponse;
import nl.passendwijzer.server.http.ProblemException;
import nl.passendwijzer.server.zoeken.ZoekViews.AntwoordKaart;
import nl.passendwijzer.server.zoeken.ZoekViews.Oorsprong;
import nl.passendwijzer.server.zoeken.ZoekViews.Resultaat;
import nl.passendwijzer.server.zoeken.ZoekViews.ZoekAntwoord;

/** {@code /api/zoek}: one search over schools, SOP and schoolgids sections and rights articles. */
public final class ZoekService implements HttpService {
    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_PAGE = 50;
    static final double MAX_RADIUS_KM = 300;

    private final PortalSearch search;
    private final Pc4Locations locations;
    private final JargonUitleg jargon;
    private final SearchAdmission admission;
    private final AnswerCache answers;
    private final AntwoordJson json;

    ZoekService(PortalSearch search, Pc4Locations locations, ZoekLabels labels, JargonUitleg jargon,
                SearchAdmission admission, AnswerCache answers) {
        this.search = search;
        this.locations = locations;
        this.json = new AntwoordJson(labels);
        this.jargon = jargon;
        this.admission = admission;
        this.answers = answers;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::search);
    }

    private void search(ServerRequest req, ServerResponse res) {
        Parameters query = req.query();
        String q = query.first("q").orElse("").strip();
        if (q.length() > MAX_QUERY_LENGTH) {
            throw ProblemException.badRequest("query-too-long",
                                              "Uw zoekvraag is te lang. Gebruik hoogstens " + MAX_QUERY_LENGTH + " tekens.");
        }
        int pagina = intParam(query, "pagina", 1, 1, MAX_PAGE, "invalid-page",
                              "Een paginanummer is een getal van 1 tot en met " + MAX_PAGE + ".");
        int grootte = intParam(query, "paginaGrootte", SearchRequest.DEFAULT_PAGE_SIZE, 1, SearchRequest.MAX_PAGE_SIZE,
                               "invalid-page-size", "Kies 1 tot en met 50 resultaten per pagina.");
        Optional<Doelgroep> doelgroep = doelgroep(query);
        Optional<Pc4> postcode = postcode(query);
        Optional<Origin> origin = postcode.map(p -> new Origin(p, locations.find(p), false))
                .or(() -> originInText(q));
        String text = origin.filter(Origin::fromText).map(o -> PostcodeInQuery.find(q).orElseThrow().remainingText())
                .orElse(q);
        Optional<Double> straal = straal(query, origin.isPresent());

        SearchRequest request = new SearchRequest(text, types(query), facetFilters(query),
                                                  origin.map(Origin::point), straal,
                                                  pagina - 1, grootte, doelgroep,
                                                  origin.map(Origin::fromText).orElse(false));
        byte[] body;
        try {
            // The request, the text as typed and where the origin came from decide every byte of the answer.
            body = answers.answer(new Question(request, q, origin), () -> {
                SearchResponse response = admission.run(() -> search.search(request));
                return json.write(answer(q, pagina, grootte, response, origin, straal), response.facets());
            });
        } catch (InvalidQueryException e) {
            throw ProblemException.badRequest("invalid-query", "Deze zoekvraag kunnen we niet uitvoeren.");
        } catch (SearchAdmission.Busy e) {
            res.headers().set(HeaderNames.RETRY_AFTER, "2");
            throw e;
        }
        res.headers().contentType(MediaTypes.APPLICATION_JSON);
        res.send(body);
    }

    private record Question(SearchRequest request, String typed, Optional<Origin> origin) {
    }

    /** Where distances are measured from: a postcode parameter, or else a known postcode typed in the text. */
    private record Origin(Pc4 postcode, GeoPoint point, boolean fromText) {
    }

    private Optional<Origin> originInText(String q) {
        return PostcodeInQuery.find(q).flatMap(found -> locations.lookup(found.postcode())
                .map(point -> new Origin(found.postcode(), point, true)));
    }

    private ZoekAntwoord answer(String q, int pagina, int grootte, SearchResponse r, Optional<Origin> origin,
                                Optional<Double> straal) {
        String originNote = origin.filter(Origin::fromText).map(o -> "postcode " + o.postcode().value()
                + " uit uw zoekvraag gebruikt als startpunt voor de afstand").orElse(null);
        List<Resultaat> results = r.hits().stream().map(h -> result(h, originNote)).toList();
        List<AntwoordKaart> cards = r.answerCards().stream().map(ZoekService::card).toList();
        // The facets are written by AntwoordJson.
        return new ZoekAntwoord(q, r.totalHits(), r.totalApproximate(), pagina, grootte, results, cards, null,
                                r.facetCountsApproximate(),
                                r.spellingSuggestion().orElse(null), jargon.explain(q),
                                origin.map(o -> new Oorsprong(o.postcode().value(), straal.orElse(null), o.fromText()))
                                        .orElse(null));
    }

    private Resultaat result(SearchHit h, String originNote) {
        List<String> why = new ArrayList<>(h.why());
        if (originNote != null) {
            why.add(originNote);
        }
        String snippet = h.snippets().isEmpty() ? null : String.join(" … ", h.snippets());
        Double km = h.distanceKm().map(d -> Math.round(d * 10) / 10.0).orElse(null);
        String kmLabel = km == null ? null : DistanceLabel.of(km);
        return new Resultaat(h.id(), ZoekLabels.wireType(h.type()), h.title(), h.url(), h.schoolId().orElse(null),
                             h.schoolName().orElse(null), h.headingPath(),
                             h.page().orElse(null), h.anchor().orElse(null), snippet, km, kmLabel, List.copyOf(why), h.fictief());
    }

    private static AntwoordKaart card(SearchHit h) {
        String[] parts = h.id().split(":");
        String slug = parts.length == 3 ? parts[1] : h.id();
        String doelgroep = h.doelgroep().map(d -> d.name().toLowerCase(Locale.ROOT)).orElse("ouders");
        String samenvatting = h.snippets().isEmpty() ? "" : h.snippets().getFirst();
        return new AntwoordKaart(slug, doelgroep, h.title(), samenvatting, h.url());
    }

    private static Set<DocumentType> types(Parameters query) {
        Set<DocumentType> types = new LinkedHashSet<>();
        for (String value : values(query, "type")) {
            types.add(ZoekLabels.parseType(value).orElseThrow(() -> ProblemException.badRequest(
                    "invalid-type", "Kies als soort resultaat: school, sop-sectie, gids-sectie of artikel.")));
        }
        return types;
    }

    private static Map<String, Set<String>> facetFilters(Parameters query) {
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        for (String dimension : IndexSchema.FACET_DIMENSIONS) {
            if (IndexSchema.TYPE_FACET.equals(dimension)) {
                continue;
            }
            List<String> values = values(query, dimension);
            if (values.stream().anyMatch(v -> v.length() > 100)) {
                throw ProblemException.badRequest("invalid-filter", "Een filterwaarde is te lang.");
            }
            if (!values.isEmpty()) {
                filters.put(dimension, new LinkedHashSet<>(values));
            }
        }
        return filters;
    }

    private static List<String> values(Parameters query, String name) {
        List<String> values = new ArrayList<>();
        for (String value : query.all(name, List::of)) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        if (values.size() > 20) {
            throw ProblemException.badRequest("too-many-filters", "Kies hoogstens 20 waarden per filter.");
        }
        return values;
    }

    private static Optional<Pc4> postcode(Parameters query) {
        Optional<String> raw = query.first("postcode").asOptional().filter(v -> !v.isBlank());
        return raw.map(v -> Pc4.parse(v).orElseThrow(() -> ProblemException.badRequest(
                "invalid-postcode",
                "Vul een geldige postcode in: vier cijfers, eventueel met twee letters, bijvoorbeeld 3511 of 3511 AB.")));
    }

    private static Optional<Double> straal(Parameters query, boolean hasOrigin) {
        Optional<String> raw = query.first("straal").asOptional().filter(v -> !v.isBlank());
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        if (!hasOrigin) {
            throw ProblemException.badRequest("radius-without-postcode", "Vul ook een postcode in om in de buurt te zoeken.");
        }
        try {
            double km = Double.parseDouble(raw.get().replace(',', '.'));
            if (km > 0 && km <= MAX_RADIUS_KM) {
                return Optional.of(km);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badRequest("invalid-radius", "De straal is een aantal kilometers van 1 tot en met 300.");
    }

    private static Optional<Doelgroep> doelgroep(Parameters query) {
        return query.first("doelgroep").asOptional().filter(v -> !v.isBlank()).map(v -> switch (v) {
            case "ouders" -> Doelgroep.OUDERS;
            case "jongeren" -> Doelgroep.JONGEREN;
            default -> throw ProblemException.badRequest("invalid-doelgroep", "Kies als doelgroep 'ouders' of 'jongeren'.");
        });
    }

    private static int intParam(Parameters query, String name, int fallback, int min, int max, String code,
                                String detail) {
        Optional<String> raw = query.first(name).asOptional().filter(v -> !v.isBlank());
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.get().strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badRequest(code, detail);
    }
}
