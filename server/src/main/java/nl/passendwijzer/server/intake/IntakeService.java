package nl.passendwijzer.server.intake;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import io.helidon.http.Status;
import nl.passendwijzer.server.http.Json;
import nl.passendwijzer.server.http.ProblemException;
import nl.passendwijzer.server.regio.LandelijkLoket;
import nl.passendwijzer.server.regio.SwvDirectory;
import nl.passendwijzer.server.regio.SwvViews.SwvView;
import nl.passendwijzer.server.routing.Router;
import nl.passendwijzer.server.routing.RoutingBesluit;
import nl.passendwijzer.server.routing.RoutingInput;
import nl.passendwijzer.server.routing.SchoolOpgave;

/**
 * The asker's side of a question: submit (routed, deadlines set, stored with audit and notification in one
 * transaction, acknowledged only after commit), read status with the volgcode, follow up, withdraw and erase.
 * A wrong volgcode and an unknown reference look the same to the caller.
 */
public final class IntakeService {
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final System.Logger LOGGER = System.getLogger(IntakeService.class.getName());
    private static final int MAX_SUGGESTIES = 3;

    private final VraagRepository repository;
    private final Router router;
    private final SchoolLookup schools;
    private final SwvDirectory swvDirectory;
    private final LandelijkLoket landelijkLoket;
    private final ArtikelSuggesties artikelSuggesties;
    private final Notificaties notificaties;
    private final Idempotentie idempotentie;
    private final IntakeSettings settings;
    private final int defaultTermijn;
    private final Clock clock;

    public IntakeService(VraagRepository repository, Router router, SchoolLookup schools, SwvDirectory swvDirectory,
                         LandelijkLoket landelijkLoket, ArtikelSuggesties artikelSuggesties, Notificaties notificaties,
                         Idempotentie idempotentie, IntakeSettings settings, int defaultTermijn, Clock clock) {
        this.repository = repository;
        this.router = router;
        this.schools = schools;
        this.swvDirectory = swvDirectory;
        this.landelijkLoket = landelijkLoket;
        this.artikelSuggesties = artikelSuggesties;
        this.notificaties = notificaties;
        this.idempotentie = idempotentie;
        this.settings = settings;
        this.defaultTermijn = defaultTermijn;
        this.clock = clock;
    }

    /** The answer body (JSON) and reference; {@code herhaald} when it came from an earlier request with the same key. */
    public record Ingediend(String referentie, String json, boolean herhaald) {
    }

    public Ingediend indienen(NieuweVraag vraag, Optional<String> sleutel, String verzoekHash) {
        Optional<Ingediend> earlier = sleutel.flatMap(k -> herhaal(k, verzoekHash));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        RoutingBesluit besluit = router.route(new RoutingInput(vraag.sector(), vraag.leeftijd(), vraag.pc4(),
                                                               vraag.aangemeldeSchool().map(this::school),
                                                               vraag.huidigeSchool().map(this::school)));
        Optional<SwvView> swv = besluit.swvCode().flatMap(swvDirectory::find);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        LocalDate today = now.atZoneSameInstant(ZONE).toLocalDate();
        int termijn = vraag.urgent() ? settings.antwoordtermijnUrgentWerkdagen()
                : swv.map(SwvView::antwoordtermijnWerkdagen).orElse(defaultTermijn);
        LocalDate antwoordVoor = Werkdagen.plus(today, termijn);
        Optional<Zorgplicht> zorgplicht = vraag.aanmelddatum().map(Zorgplicht::vanaf);
        List<ArtikelSuggestie> suggesties = suggesties(vraag);

        for (int attempt = 1; ; attempt++) {
            String referentie = Referentie.nieuw();
            String volgcode = Volgcode.nieuw();
            VraagViews.IngediendView view = new VraagViews.IngediendView(
                    referentie, volgcode, VraagStatus.NIEUW.code(),
                    swv.map(s -> new VraagViews.SwvKort(s.code(), s.naam())).orElse(null),
                    swv.map(SwvView::informatiepunt).orElse(null),
                    besluit.landelijkLoket() ? landelijkLoket : null,
                    new VraagViews.RouteringView(besluit.regel().code(), besluit.reden(), besluit.alternatieven()),
                    antwoordVoor.toString(), vraag.urgent(), zorgplicht.map(VraagViews.ZorgplichtView::of).orElse(null),
                    suggesties,
                    "Bewaar uw referentie en volgcode goed. De volgcode tonen we maar één keer; u heeft hem nodig om "
                            + "het antwoord te lezen.");
            String json = Json.write(view);
            VraagRepository.Invoer invoer = new VraagRepository.Invoer(
                    referentie, Volgcode.hash(volgcode), besluit.swvCode().orElse(null), vraag.rol(),
                    vraag.leeftijdsband().orElse(null), vraag.naam().orElse(null), vraag.email().orElse(null),
                    vraag.telefoon().orElse(null), vraag.voorkeurskanaal(), vraag.sector().code(),
                    vraag.leeftijd().orElse(null), vraag.huidigeSchool().orElse(null),
                    vraag.aangemeldeSchool().orElse(null), vraag.pc4().value(), vraag.categorie().code(), vraag.tekst(),
                    vraag.thuiszitten(), vraag.urgent(), vraag.aanmelddatum().orElse(null), vraag.toestemmingVersie(),
                    new Vraag.Routering(besluit.regel().code(), besluit.reden(), besluit.alternatieven(),
                                        besluit.regioVersie().substring(0, Math.min(64, besluit.regioVersie().length()))),
                    suggesties.stream().map(ArtikelSuggestie::slug).toList(), now, antwoordVoor,
                    zorgplicht.map(Zorgplicht::besluitVoor).orElse(null),
                    zorgplicht.map(Zorgplicht::uiterlijkVoor).orElse(null));
            try {
                repository.inTransaction(tx -> {
                    long id = repository.insert(tx, invoer);
                    notificaties.nieuweVraag(tx, id, referentie, besluit.swvCode(), vraag.urgent());
                    sleutel.ifPresent(k -> idempotentie.store(tx, k, verzoekHash, id, json, now));
                    return id;
                });
                return new Ingediend(referentie, json, false);
            } catch (RuntimeException e) {
                // A concurrent request with the same key won, or (very rarely) the random reference already exists.
                Optional<Ingediend> raced = sleutel.flatMap(k -> herhaal(k, verzoekHash));
                if (raced.isPresent()) {
                    return raced.get();
                }
                if (attempt >= 3 || !repository.referentieBestaat(referentie)) {
                    throw e;
                }
            }
        }
    }

    /**
     * The stored answer of an earlier submission with this key; 422 when the key was used for a different body.
     */
    public Optional<Ingediend> herhaal(String sleutel, String verzoekHash) {
        return idempotentie.find(sleutel).map(stored -> {
            if (!stored.verzoekHash().equals(verzoekHash)) {
                throw new ProblemException(Status.create(422, "Unprocessable Content"), "idempotency-key-reused",
                                           "Sleutel al gebruikt",
                                           "Deze Idempotency-Key is al gebruikt voor een andere vraag. Gebruik een nieuwe sleutel.");
            }
            String referentie;
            try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(stored.antwoord()))) {
                referentie = reader.readObject().getString("referentie");
            }
            return new Ingediend(referentie, stored.antwoord(), true);
        });
    }

    private SchoolOpgave school(String id) {
        return new SchoolOpgave(id, schools.find(id));
    }

    private List<ArtikelSuggestie> suggesties(NieuweVraag vraag) {
        try {
            // The asker's own words first; the chosen category fills up when the free text finds too little.
            java.util.Map<String, ArtikelSuggestie> bySlug = new java.util.LinkedHashMap<>();
            artikelSuggesties.suggest(vraag.tekst(), vraag.doelgroep(), MAX_SUGGESTIES)
                    .forEach(a -> bySlug.putIfAbsent(a.slug(), a));
            if (bySlug.size() < MAX_SUGGESTIES && vraag.categorie() != Categorie.ANDERS) {
                artikelSuggesties.suggest(vraag.categorie().label(), vraag.doelgroep(), MAX_SUGGESTIES)
                        .forEach(a -> bySlug.putIfAbsent(a.slug(), a));
            }
            return bySlug.values().stream().limit(MAX_SUGGESTIES).toList();
        } catch (RuntimeException e) {
            LOGGER.log(Level.WARNING, "Article suggestions failed: " + e.getClass().getSimpleName());
            return List.of();
        }
    }

    /** The id of the question, only when the reference exists and the volgcode matches (constant-time). */
    public Optional<Long> open(String referentieInput, String volgcode) {
        Optional<String> referentie = Referentie.parse(referentieInput);
        Optional<VraagRepository.VolgcodeRij> row = referentie.flatMap(repository::volgcode);
        boolean ok = Volgcode.matches(volgcode, row.map(VraagRepository.VolgcodeRij::volgcodeHash).orElse(null));
        return ok ? row.map(VraagRepository.VolgcodeRij::id) : Optional.empty();
    }

    public Optional<VraagViews.StatusView> status(String referentie, String volgcode) {
        return open(referentie, volgcode).flatMap(repository::find).map(this::statusView);
    }

    private VraagViews.StatusView statusView(Vraag v) {
        Optional<SwvView> swv = v.swvCode().flatMap(swvDirectory::find);
        List<VraagViews.BerichtView> berichten = repository.berichten(v.id(), false).stream()
                .filter(b -> b.soort().zichtbaarVoorVrager())
                .map(b -> new VraagViews.BerichtView(b.soort().code(), b.tekst(), b.geplaatstOp().toString()))
                .toList();
        Optional<Zorgplicht> zorgplicht = v.aanmelddatum().flatMap(a -> v.zorgplichtBesluitVoor()
                .flatMap(b -> v.zorgplichtUiterlijkVoor().map(u -> new Zorgplicht(a, b, u))));
        return new VraagViews.StatusView(v.referentie(), v.status().code(), v.status().label(), v.categorie(),
                                         Categorie.parse(v.categorie()).map(Categorie::label).orElse(v.categorie()),
                                         swv.map(s -> new VraagViews.SwvKort(s.code(), s.naam())).orElse(null),
                                         swv.map(SwvView::informatiepunt).orElse(null),
                                         v.swvCode().isEmpty() ? landelijkLoket : null,
                                         v.tekst().orElse(null), v.ingediendOp().toString(), v.antwoordVoor().toString(),
                                         v.urgent(), zorgplicht.map(VraagViews.ZorgplichtView::of).orElse(null), berichten);
    }

    /**
     * A follow-up by the asker. An answered question or one waiting for the asker goes back to in behandeling.
     * Empty when reference or volgcode is wrong; 409 when the question is closed.
     */
    public Optional<VraagViews.BerichtGeplaatstView> reageer(String referentie, String volgcode, String tekst) {
        Optional<Vraag> vraag = open(referentie, volgcode).flatMap(repository::find);
        if (vraag.isEmpty()) {
            return Optional.empty();
        }
        Vraag v = vraag.get();
        if (v.status().afgesloten()) {
            throw new ProblemException(Status.CONFLICT_409, "question-closed", "Vraag is afgesloten",
                                       "Deze vraag is afgesloten. Stel een nieuwe vraag als u nog iets wilt weten.");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        VraagStatus nieuw = v.status() == VraagStatus.BEANTWOORD || v.status() == VraagStatus.WACHT_OP_VRAGER
                ? VraagStatus.IN_BEHANDELING : v.status();
        repository.inTransaction(tx -> {
            repository.addBericht(tx, v.id(), BerichtSoort.VRAGER, tekst, AuditRegel.ACTOR_VRAGER, now);
            if (nieuw != v.status()) {
                repository.changeStatus(tx, v.id(), nieuw, AuditRegel.ACTOR_VRAGER, now);
            }
            notificaties.vragerReageerde(tx, v.id());
            return null;
        });
        return Optional.of(new VraagViews.BerichtGeplaatstView(v.referentie(), nieuw.code()));
    }

    /** Withdraws the question and erases its personal data at once; false when reference or volgcode is wrong. */
    public boolean intrekken(String referentie, String volgcode) {
        Optional<Long> id = open(referentie, volgcode);
        id.ifPresent(vraagId -> repository.inTransaction(
                tx -> repository.erase(tx, vraagId, true, AuditRegel.ACTOR_VRAGER, OffsetDateTime.now(clock))));
        return id.isPresent();
    }
}
