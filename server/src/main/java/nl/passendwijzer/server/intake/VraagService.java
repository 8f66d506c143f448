package nl.passendwijzer.server.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import nl.passendwijzer.server.http.FieldProblem;
import nl.passendwijzer.server.http.Problem;
import nl.passendwijzer.server.http.ProblemException;
import nl.passendwijzer.server.http.ProblemHandlers;
import nl.passendwijzer.server.routing.VraagSector;

/**
 * {@code /api/vragen}: ask a question (JSON, or the no-JS form post to {@code /api/vragen/formulier}), read its status
 * with the volgcode (header {@code X-Volgcode}, or the form post to {@code /api/vragen/status}), follow up, withdraw.
 * Guards: per-address rate limits (429 + Retry-After), a body cap (413), a signed form token with a minimum fill
 * time, a honeypot field ({@code website}) and strict validation; nothing is stored unless everything is valid.
 */
public final class VraagService implements HttpService {
    public static final HeaderName X_VOLGCODE = HeaderNames.create("X-Volgcode");
    public static final HeaderName IDEMPOTENCY_KEY = HeaderNames.create("Idempotency-Key");
    private static final HeaderName IDEMPOTENT_REPLAYED = HeaderNames.create("Idempotent-Replayed");
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String HTML = "text/html; charset=UTF-8";

    private final IntakeService intake;
    private final VraagValidator validator;
    private final FormulierToken formulierToken;
    private final IntakeSettings settings;
    private final RateLimiter indienLimiet;
    private final RateLimiter opvraagLimiet;

    public VraagService(IntakeService intake, VraagValidator validator, FormulierToken formulierToken,
                        IntakeSettings settings, RateLimiter indienLimiet, RateLimiter opvraagLimiet) {
        this.intake = intake;
        this.validator = validator;
        this.formulierToken = formulierToken;
        this.settings = settings;
        this.indienLimiet = indienLimiet;
        this.opvraagLimiet = opvraagLimiet;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/categorieen", this::categorieen)
                .get("/formulier", this::formulier)
                .post("/formulier", this::indienenFormulier)
                .post("/status", this::statusFormulier)
                .post("/reactie", this::reactieFormulier)
                .post("/intrekken", this::intrekkenFormulier)
                .post("/", this::indienenJson)
                .get("/{referentie}", this::status)
                .post("/{referentie}/berichten", this::reageer)
                .delete("/{referentie}", this::intrekken);
    }

    private void categorieen(ServerRequest req, ServerResponse res) {
        res.send(categorieLijst());
    }

    private static List<VraagViews.CategorieView> categorieLijst() {
        return Arrays.stream(Categorie.values()).map(c -> new VraagViews.CategorieView(c.code(), c.label())).toList();
    }

    private void formulier(ServerRequest req, ServerResponse res) {
        res.send(formulier());
    }

    /** A fresh form: signed token, consent text and choices (also filled into the no-JS form page by the server). */
    public VraagViews.FormulierView formulier() {
        return new VraagViews.FormulierView(
                formulierToken.issue(), (int) settings.minimaleInvultijd().toSeconds(), settings.toestemmingVersie(),
                Toestemming.TEKSTEN.get(settings.toestemmingVersie()), categorieLijst(),
                Arrays.stream(VraagSector.values()).map(s -> new VraagViews.KeuzeView(s.code(), s.label())).toList(),
                List.of("ouder", "leerling", "anders"), VraagValidator.LEEFTIJDSBANDEN, VraagValidator.KANALEN,
                VraagValidator.TEKST_MIN, VraagValidator.TEKST_MAX);
    }

    private void indienenJson(ServerRequest req, ServerResponse res) {
        if (limited(indienLimiet, req, res)) {
            return;
        }
        requireContentType(req, "application/json");
        Optional<String> sleutel = req.headers().first(IDEMPOTENCY_KEY);
        if (sleutel.isPresent() && !Idempotentie.SLEUTEL.matcher(sleutel.get()).matches()) {
            throw ProblemException.badRequest("invalid-idempotency-key",
                                              "De Idempotency-Key moet 16 tot 200 tekens zijn: letters, cijfers, . _ ~ of -.");
        }
        byte[] body = body(req);
        Map<String, Object> input = parseJson(body);
        String verzoekHash = Idempotentie.sha256Hex(new String(body, StandardCharsets.UTF_8));
        Optional<IntakeService.Ingediend> earlier = sleutel.flatMap(k -> intake.herhaal(k, verzoekHash));
        IntakeService.Ingediend ingediend = earlier.orElseGet(() -> intake.indienen(check(input), sleutel, verzoekHash));
        res.status(Status.CREATED_201);
        if (ingediend.herhaald() || earlier.isPresent()) {
            res.header(IDEMPOTENT_REPLAYED, "true");
        }
        res.header(HeaderNames.LOCATION, "/api/vragen/" + ingediend.referentie());
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(ingediend.json());
    }

    /** Honeypot, form token and field validation, in that order. */
    private NieuweVraag check(Map<String, Object> input) {
        Object honeypot = input.get("website");
        if (honeypot != null && !(honeypot instanceof String s && s.isEmpty())) {
            throw ProblemException.badRequest("submission-rejected",
                                              "Uw vraag kon niet worden verstuurd. Laad het formulier opnieuw en probeer het nog eens.");
        }
        Object token = input.get("formulierToken");
        FormulierToken.Uitkomst uitkomst = formulierToken.check(token instanceof String s ? s : null);
        switch (uitkomst) {
            case GELDIG -> { }
            case TE_SNEL -> throw ProblemException.invalidFields("Het formulier is te snel verstuurd.", List.of(
                    new FieldProblem("formulierToken", "form-too-fast",
                                     "Dat ging wel heel snel. Wacht een paar seconden en verstuur het formulier opnieuw.")));
            case VERLOPEN -> throw ProblemException.invalidFields("Het formulier is verlopen.", List.of(
                    new FieldProblem("formulierToken", "form-expired",
                                     "Dit formulier is te oud. Laad de pagina opnieuw; wat u schreef kunt u kopiëren.")));
            case ONGELDIG -> throw ProblemException.invalidFields("Het formulier is niet geldig.", List.of(
                    new FieldProblem("formulierToken", "invalid-form-token",
                                     "Laad het formulier opnieuw en verstuur uw vraag nog eens.")));
        }
        return validator.validate(input);
    }

    private void indienenFormulier(ServerRequest req, ServerResponse res) {
        Map<String, Object> input = Map.of();
        try {
            if (limited(indienLimiet, req, res, true)) {
                return;
            }
            requireContentType(req, FORM);
            byte[] body = body(req);
            input = parseForm(body);
            Object token = input.get("formulierToken");
            String verzoekHash = Idempotentie.sha256Hex(new String(body, StandardCharsets.UTF_8));
            Optional<String> sleutel = token instanceof String s && Idempotentie.SLEUTEL.matcher(s).matches()
                    ? Optional.of(s) : Optional.empty();
            Map<String, Object> fields = input;
            IntakeService.Ingediend ingediend = sleutel.flatMap(k -> intake.herhaal(k, verzoekHash))
                    .orElseGet(() -> intake.indienen(check(fields), sleutel, verzoekHash));
            try (JsonReader reader = Json.createReader(new StringReader(ingediend.json()))) {
                html(res, Status.OK_200, VraagPagina.bevestiging(reader.readObject()));
            }
        } catch (ProblemException e) {
            if (!e.fields().isEmpty()) {
                html(res, e.status(), VraagPagina.fouten(e.fields(), input, e.detail()));
            } else {
                html(res, e.status(), VraagPagina.melding(e.title(), e.detail()));
            }
        }
    }

    private void status(ServerRequest req, ServerResponse res) {
        if (limited(opvraagLimiet, req, res)) {
            return;
        }
        String referentie = req.path().pathParameters().get("referentie");
        res.send(intake.status(referentie, req.headers().first(X_VOLGCODE).orElse(null)).orElseThrow(VraagService::notFound));
    }

    private void statusFormulier(ServerRequest req, ServerResponse res) {
        fromStatusPage(req, res, (vraag, input) ->
                html(res, Status.OK_200, VraagPagina.status(vraag.status(), vraag.volgcode(), null, null, null)));
    }

    /** The no-JS reaction from the status page: that page again, with a confirmation or the error and the text kept. */
    private void reactieFormulier(ServerRequest req, ServerResponse res) {
        fromStatusPage(req, res, (vraag, input) -> {
            Object tekst = input.get("tekst");
            Optional<FieldProblem> problem = tekstProblem(tekst);
            if (problem.isPresent()) {
                html(res, Status.BAD_REQUEST_400, VraagPagina.status(vraag.status(), vraag.volgcode(), null,
                                                                     problem.get().melding(), string(tekst)));
                return;
            }
            intake.reageer(vraag.referentie(), vraag.volgcode(), (String) tekst).orElseThrow(VraagService::notFound);
            html(res, Status.OK_200, VraagPagina.status(intake.status(vraag.referentie(), vraag.volgcode()).orElseThrow(),
                                                        vraag.volgcode(), "Uw reactie is verstuurd.", null, null));
        });
    }

    /** The no-JS withdrawal from the status page; only with the confirmation box ticked. */
    private void intrekkenFormulier(ServerRequest req, ServerResponse res) {
        fromStatusPage(req, res, (vraag, input) -> {
            if (!"ja".equals(input.get("bevestig"))) {
                html(res, Status.BAD_REQUEST_400, VraagPagina.status(vraag.status(), vraag.volgcode(), null,
                        "Vink aan dat u uw vraag wilt verwijderen. Er is niets verwijderd.", null));
                return;
            }
            if (!intake.intrekken(vraag.referentie(), vraag.volgcode())) {
                throw notFound();
            }
            html(res, Status.OK_200, VraagPagina.melding("Uw vraag is verwijderd",
                                                         "We hebben uw vraag en de berichten verwijderd."));
        });
    }

    /** The asker's question, found by the referentie and volgcode of a no-JS form. */
    private record AskersQuestion(String referentie, String volgcode, VraagViews.StatusView status) {
    }

    private interface StatusPageAction {
        void run(AskersQuestion vraag, Map<String, Object> input);
    }

    /**
     * A no-JS form about one question (status, reaction, withdrawal): rate limited, urlencoded, answered with an HTML
     * page, also when the referentie and volgcode do not match (the same page for both).
     */
    private void fromStatusPage(ServerRequest req, ServerResponse res, StatusPageAction action) {
        try {
            if (limited(opvraagLimiet, req, res, true)) {
                return;
            }
            requireContentType(req, FORM);
            Map<String, Object> input = parseForm(body(req));
            String referentie = string(input.get("referentie"));
            String volgcode = string(input.get("volgcode"));
            VraagViews.StatusView status = intake.status(referentie, volgcode).orElseThrow(VraagService::notFound);
            action.run(new AskersQuestion(referentie, volgcode, status), input);
        } catch (ProblemException e) {
            html(res, e.status(), VraagPagina.melding(e.title(), e.detail()));
        }
    }

    private static Optional<FieldProblem> tekstProblem(Object tekst) {
        if (!(tekst instanceof String s) || s.isBlank()) {
            return Optional.of(new FieldProblem("tekst", "required", "Schrijf uw reactie."));
        } else if (!VraagValidator.cleanText(s)) {
            return Optional.of(new FieldProblem("tekst", "invalid-characters", "Hier staan tekens in die we niet kunnen opslaan."));
        } else if (s.codePointCount(0, s.length()) > VraagValidator.TEKST_MAX) {
            return Optional.of(new FieldProblem("tekst", "too-long",
                                                "Dit is te lang: hoogstens " + VraagValidator.TEKST_MAX + " tekens."));
        }
        return Optional.empty();
    }

    private void reageer(ServerRequest req, ServerResponse res) {
        if (limited(opvraagLimiet, req, res)) {
            return;
        }
        requireContentType(req, "application/json");
        Map<String, Object> input = parseJson(body(req));
        Object tekst = input.get("tekst");
        List<FieldProblem> problems = new java.util.ArrayList<>();
        input.keySet().stream().filter(k -> !"tekst".equals(k))
                .forEach(k -> problems.add(new FieldProblem(k.length() > 40 ? k.substring(0, 40) : k, "unknown-field",
                                                            "Dit veld kennen we niet. Laat het weg.")));
        tekstProblem(tekst).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw ProblemException.invalidFields("Uw reactie is niet goed ingevuld.", problems);
        }
        VraagViews.BerichtGeplaatstView placed = intake.reageer(req.path().pathParameters().get("referentie"),
                                                                req.headers().first(X_VOLGCODE).orElse(null), (String) tekst)
                .orElseThrow(VraagService::notFound);
        res.status(Status.CREATED_201);
        res.send(placed);
    }

    private void intrekken(ServerRequest req, ServerResponse res) {
        if (limited(opvraagLimiet, req, res)) {
            return;
        }
        if (!intake.intrekken(req.path().pathParameters().get("referentie"), req.headers().first(X_VOLGCODE).orElse(null))) {
            throw notFound();
        }
        res.status(Status.NO_CONTENT_204);
        res.send();
    }

    /** The same answer for an unknown reference and a wrong volgcode. */
    static ProblemException notFound() {
        return ProblemException.notFound("question-not-found",
                                         "We vinden geen vraag met deze referentie en volgcode. Controleer beide en probeer het opnieuw.");
    }

    private boolean limited(RateLimiter limiter, ServerRequest req, ServerResponse res) {
        return limited(limiter, req, res, false);
    }

    private boolean limited(RateLimiter limiter, ServerRequest req, ServerResponse res, boolean htmlPage) {
        Optional<Duration> wait = limiter.acquire(clientAddress(req));
        if (wait.isEmpty()) {
            return false;
        }
        long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toMillisPart() > 0 ? 1 : 0));
        res.header(HeaderNames.RETRY_AFTER, Long.toString(seconds));
        String detail = "U heeft dit te vaak gedaan. Probeer het over " + Math.max(1, (seconds + 59) / 60) + " minuten opnieuw.";
        if (htmlPage) {
            html(res, Status.TOO_MANY_REQUESTS_429, VraagPagina.melding("Even wachten", detail));
        } else {
            ProblemHandlers.send(res, Problem.of(429, "rate-limited", "Even wachten", detail, List.of()));
        }
        return true;
    }

    /** The peer address (behind a proxy: configure Helidon's requested-uri-discovery; never trust raw headers). */
    static String clientAddress(ServerRequest req) {
        SocketAddress address = req.remotePeer().address();
        return address instanceof InetSocketAddress inet && inet.getAddress() != null
                ? inet.getAddress().getHostAddress() : String.valueOf(address);
    }

    private static void requireContentType(ServerRequest req, String expected) {
        boolean ok = req.headers().contentType()
                .map(ct -> ct.mediaType().text().equalsIgnoreCase(expected))
                .orElse(false);
        if (!ok) {
            throw new ProblemException(Status.UNSUPPORTED_MEDIA_TYPE_415, "unsupported-media-type", "Verkeerd formaat",
                                       "Stuur dit als " + expected + ".");
        }
    }

    private byte[] body(ServerRequest req) {
        int max = settings.maxBodyBytes();
        if (req.headers().contentLength().orElse(0) > max) {
            throw tooLarge(max);
        }
        try (InputStream in = req.content().inputStream()) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw tooLarge(max);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProblemException tooLarge(int max) {
        return new ProblemException(Status.REQUEST_ENTITY_TOO_LARGE_413, "payload-too-large", "Te groot",
                                    "Uw bericht is te groot (hoogstens " + max / 1024 + " KiB). Maak het korter.");
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("invalid-encoding", "Het verzoek is geen geldige UTF-8-tekst.");
        }
    }

    /** A JSON object as field name to String, Boolean, BigDecimal or {@link VraagValidator#WRONG_TYPE}; null is absent. */
    static Map<String, Object> parseJson(byte[] body) {
        String text = utf8(body);
        JsonObject object;
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw ProblemException.badRequest("invalid-json", "Stuur een JSON-object, zoals {\"vraag\": \"...\"}.");
            }
            object = parser.getObject();
            if (parser.hasNext()) {
                throw ProblemException.badRequest("invalid-json", "Na het JSON-object mag niets meer komen.");
            }
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            throw ProblemException.badRequest("invalid-json", "Dit is geen geldige JSON.");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        object.forEach((key, value) -> {
            Object v = switch (value.getValueType()) {
                case STRING -> ((JsonString) value).getString();
                case NUMBER -> ((JsonNumber) value).bigDecimalValue();
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case NULL -> null;
                case ARRAY, OBJECT -> VraagValidator.WRONG_TYPE;
            };
            if (v != null) {
                map.put(key, v);
            }
        });
        return map;
    }

    /** An urlencoded form; a repeated field is a type problem (one value expected). */
    static Map<String, Object> parseForm(byte[] body) {
        String text = utf8(body);
        Map<String, Object> map = new HashMap<>();
        if (text.isEmpty()) {
            return map;
        }
        try {
            for (String pair : text.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (key.isEmpty()) {
                    continue;
                }
                map.merge(key, value, (a, b) -> VraagValidator.WRONG_TYPE);
            }
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("invalid-form", "Het formulier kon niet worden gelezen.");
        }
        return map;
    }

    private static String string(Object value) {
        return value instanceof String s ? s : null;
    }

    private static void html(ServerResponse res, Status status, String page) {
        res.status(status);
        res.header(HeaderNames.CONTENT_TYPE, HTML);
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.send(page.getBytes(StandardCharsets.UTF_8));
    }
}
