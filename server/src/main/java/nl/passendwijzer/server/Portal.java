package nl.passendwijzer.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.helidon.dbclient.DbClient;
import nl.passendwijzer.content.regio.Pc4Centroids;
import nl.passendwijzer.content.regio.RegioIndeling;
import nl.passendwijzer.content.rechten.RechtenCatalogus;
import nl.passendwijzer.content.vocabulaire.Vocabulaire;
import nl.passendwijzer.content.vocabulaire.VocabulaireTerm;
import nl.passendwijzer.search.SearchConfig;
import nl.passendwijzer.server.auth.Accounts;
import nl.passendwijzer.server.db.BundledDataVersions;
import nl.passendwijzer.server.db.Database;
import nl.passendwijzer.server.intake.ArtikelSuggesties;
import nl.passendwijzer.server.intake.FormulierToken;
import nl.passendwijzer.server.intake.Idempotentie;
import nl.passendwijzer.server.intake.IntakeJobs;
import nl.passendwijzer.server.intake.IntakeService;
import nl.passendwijzer.server.intake.Notificaties;
import nl.passendwijzer.server.intake.RateLimiter;
import nl.passendwijzer.server.intake.SchoolLookup;
import nl.passendwijzer.server.intake.VraagRepository;
import nl.passendwijzer.server.intake.VraagService;
import nl.passendwijzer.server.intake.VraagValidator;
import nl.passendwijzer.server.mail.Outbox;
import nl.passendwijzer.server.mail.OutboxWorker;
import nl.passendwijzer.server.mail.SmtpMailer;
import nl.passendwijzer.server.rechten.RechtenLoader;
import nl.passendwijzer.server.rechten.RechtenRepository;
import nl.passendwijzer.server.regio.RegioDataLoader;
import nl.passendwijzer.server.regio.SwvDirectory;
import nl.passendwijzer.server.regio.SwvRepository;
import nl.passendwijzer.server.routing.RegioTabel;
import nl.passendwijzer.server.routing.Router;
import nl.passendwijzer.server.scholen.SchoolRepository;
import nl.passendwijzer.server.scholen.SchoolViewFactory;
import nl.passendwijzer.server.scholen.ScholenLoader;
import nl.passendwijzer.server.staff.Inbox;
import nl.passendwijzer.server.zoeken.ContentChangeFollower;
import nl.passendwijzer.server.zoeken.PortalSearch;
import nl.passendwijzer.server.zoeken.SearchArtikelSuggesties;
import nl.passendwijzer.server.zoeken.SearchDocuments;
import nl.passendwijzer.server.zoeken.SearchSettings;

/**
 * The running application's parts, wired once: database first (migrated), then bundled data loaded into it, then the
 * search index derived from it, then the services that read and write. The web server only sees this object.
 */
public final class Portal implements AutoCloseable {
    private static final System.Logger LOGGER = System.getLogger(Portal.class.getName());

    private final PortalSettings settings;
    private final Database database;
    private final Clock clock;
    private final Vocabulaire vocabulaire;
    private final SwvDirectory swvDirectory;
    private final RechtenRepository rechtenRepository;
    private final SchoolRepository schoolRepository;
    private final SchoolViewFactory schoolViews;
    private final PortalSearch search;
    private final ContentChangeFollower contentFollower;
    private final VraagRepository vraagRepository;
    private final Outbox outbox;
    private final OutboxWorker outboxWorker;
    private final Notificaties notificaties;
    private final IntakeService intakeService;
    private final VraagService vraagService;
    private final IntakeJobs intakeJobs;
    private final Accounts accounts;
    private final Inbox inbox;
    private volatile ArtikelSuggesties artikelSuggesties;

    private Portal(PortalSettings settings, Database database, Clock clock, RegioIndeling indeling,
                   Vocabulaire vocabulaire) {
        this.settings = settings;
        this.database = database;
        this.clock = clock;
        this.vocabulaire = vocabulaire;
        DbClient db = database.dbClient();
        this.swvDirectory = new SwvDirectory(new SwvRepository(db), settings.landelijkLoket());
        this.rechtenRepository = new RechtenRepository(db);
        this.schoolRepository = new SchoolRepository(db);
        this.schoolViews = new SchoolViewFactory(schoolRepository, vocabulaire, swvDirectory);
        this.search = PortalSearch.open(settings.dataDir().resolve("index"),
                                        searchConfig(vocabulaire, clock, settings.search()),
                                        new SearchDocuments(schoolRepository, rechtenRepository, vocabulaire), db);
        this.contentFollower = new ContentChangeFollower(search, db);
        this.artikelSuggesties = new SearchArtikelSuggesties(search, rechtenRepository);

        this.vraagRepository = new VraagRepository(db);
        this.outbox = new Outbox(db, clock);
        this.outboxWorker = new OutboxWorker(outbox, settings.mail().configured()
                ? Optional.of(new SmtpMailer(settings.mail())) : Optional.empty(), settings.mail(), clock);
        this.notificaties = new Notificaties(outbox, swvDirectory, settings.landelijkLoket(), vraagRepository,
                                             settings.intake().publiekeUrl(), clock);
        Idempotentie idempotentie = new Idempotentie(db);
        this.intakeService = new IntakeService(vraagRepository, new Router(RegioTabel.of(indeling)),
                                               new SchoolLookup(db), swvDirectory, settings.landelijkLoket(),
                                               (tekst, doelgroep, max) -> artikelSuggesties.suggest(tekst, doelgroep, max),
                                               notificaties, idempotentie, settings.intake(),
                                               settings.defaultAntwoordtermijnWerkdagen(), clock);
        this.vraagService = new VraagService(intakeService, new VraagValidator(clock),
                                             new FormulierToken(settings.intake().formulierGeheim(),
                                                                settings.intake().minimaleInvultijd(), clock),
                                             settings.intake(),
                                             new RateLimiter(settings.intake().indienenPerUur(), Duration.ofHours(1), clock),
                                             new RateLimiter(settings.intake().opvragenPerUur(), Duration.ofHours(1), clock));
        this.intakeJobs = new IntakeJobs(vraagRepository, idempotentie, settings.intake().bewaartermijn(), clock);
        this.accounts = new Accounts(db, clock, settings.medewerker());
        this.inbox = new Inbox(db, clock, (tx, vraag, op) -> notificaties.antwoordGeplaatst(tx, vraag.id()));
    }

    public static Portal start(PortalSettings settings, Clock clock) {
        createDataDir(settings);
        Database database = Database.open(settings.database());
        try {
            RegioIndeling indeling = RegioIndeling.bundled();
            new RegioDataLoader(database.dbClient(), clock, settings.defaultAntwoordtermijnWerkdagen())
                    .load(indeling, Pc4Centroids.bundled());
            BundledDataVersions versions = new BundledDataVersions(database.dbClient(), clock);
            new RechtenLoader(versions).load(RechtenCatalogus.bundled());
            new ScholenLoader(versions, database.dbClient()).loadBundledDemo();
            Portal portal = new Portal(settings, database, clock, indeling, Vocabulaire.bundled());
            portal.contentFollower.start(settings.search().pollInterval());
            portal.outboxWorker.start();
            portal.intakeJobs.start();
            return portal;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static SearchConfig searchConfig(Vocabulaire vocabulaire, Clock clock, SearchSettings settings) {
        List<String> terms = vocabulaire.all().stream()
                .filter(t -> !t.historisch())
                .map(VocabulaireTerm::labelOuders)
                .distinct()
                .toList();
        // The content version is filled in by PortalSearch from the database change log.
        return new SearchConfig("", vocabulaire.synonymGroups(), terms, clock, settings.sampleSize(),
                settings.matchCacheMb());
    }

    private static void createDataDir(PortalSettings settings) {
        try {
            Files.createDirectories(settings.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create data directory " + settings.dataDir(), e);
        }
    }

    public PortalSettings settings() {
        return settings;
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    public SwvDirectory swvDirectory() {
        return swvDirectory;
    }

    public RechtenRepository rechtenRepository() {
        return rechtenRepository;
    }

    public Vocabulaire vocabulaire() {
        return vocabulaire;
    }

    public SchoolRepository schoolRepository() {
        return schoolRepository;
    }

    public SchoolViewFactory schoolViews() {
        return schoolViews;
    }

    public PortalSearch search() {
        return search;
    }

    public Accounts accounts() {
        return accounts;
    }

    public Inbox inbox() {
        return inbox;
    }

    public VraagRepository vraagRepository() {
        return vraagRepository;
    }

    /** Staff calls {@code notificaties().antwoordGeplaatst(tx, vraagId)} in the transaction that adds an answer. */
    public Notificaties notificaties() {
        return notificaties;
    }

    public IntakeService intakeService() {
        return intakeService;
    }

    public VraagService vraagService() {
        return vraagService;
    }

    public Outbox outbox() {
        return outbox;
    }

    public OutboxWorker outboxWorker() {
        return outboxWorker;
    }

    public IntakeJobs intakeJobs() {
        return intakeJobs;
    }

    /** Rights-article suggestions for new questions, found by searching the question text. */
    public ArtikelSuggesties artikelSuggesties() {
        return artikelSuggesties;
    }

    /** Lets tests pin suggestions to a fake. */
    public void artikelSuggesties(ArtikelSuggesties suggesties) {
        this.artikelSuggesties = suggesties;
    }

    @Override
    public void close() {
        outboxWorker.close();
        intakeJobs.close();
        contentFollower.close();
        LOGGER.log(Level.INFO, "Closing search index and database");
        try {
            search.close();
        } finally {
            database.close();
        }
    }
}
