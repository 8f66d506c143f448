package nl.passendwijzer.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.time.Clock;

import nl.passendwijzer.content.regio.Pc4Centroids;
import nl.passendwijzer.content.regio.RegioIndeling;
import java.time.Duration;
import java.util.Optional;

import nl.passendwijzer.server.auth.Accounts;
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
import nl.passendwijzer.server.routing.RegioTabel;
import nl.passendwijzer.server.routing.Router;
import nl.passendwijzer.server.staff.Inbox;
import nl.passendwijzer.server.regio.RegioDataLoader;
import nl.passendwijzer.server.regio.SwvDirectory;
import nl.passendwijzer.server.regio.SwvRepository;

/**
 * The running application's parts, wired once: database first (migrated), then bundled data loaded into it, then the
 * services that read it. The web server only sees this object.
 */
public final class Portal implements AutoCloseable {
    private static final System.Logger LOGGER = System.getLogger(Portal.class.getName());

    private final PortalSettings settings;
    private final Database database;
    private final Clock clock;
    private final SwvDirectory swvDirectory;
    private final Accounts accounts;
    private final Inbox inbox;
    private final VraagRepository vraagRepository;
    private final Outbox outbox;
    private final OutboxWorker outboxWorker;
    private final Notificaties notificaties;
    private final IntakeService intakeService;
    private final VraagService vraagService;
    private final IntakeJobs intakeJobs;
    private volatile ArtikelSuggesties artikelSuggesties = ArtikelSuggesties.GEEN;

    private Portal(PortalSettings settings, Database database, Clock clock, RegioIndeling indeling) {
        this.settings = settings;
        this.database = database;
        this.clock = clock;
        this.swvDirectory = new SwvDirectory(new SwvRepository(database.dbClient()), settings.landelijkLoket());
        this.vraagRepository = new VraagRepository(database.dbClient());
        this.outbox = new Outbox(database.dbClient(), clock);
        this.outboxWorker = new OutboxWorker(outbox, settings.mail().configured()
                ? Optional.of(new SmtpMailer(settings.mail())) : Optional.empty(), settings.mail(), clock);
        this.notificaties = new Notificaties(outbox, swvDirectory, settings.landelijkLoket(), vraagRepository,
                                             settings.intake().publiekeUrl(), clock);
        Idempotentie idempotentie = new Idempotentie(database.dbClient());
        this.intakeService = new IntakeService(vraagRepository, new Router(RegioTabel.of(indeling)),
                                               new SchoolLookup(database.dbClient()), swvDirectory,
                                               settings.landelijkLoket(),
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
        this.accounts = new Accounts(database.dbClient(), clock, settings.medewerker());
        this.inbox = new Inbox(database.dbClient(), clock,
                               (tx, vraag, op) -> notificaties.antwoordGeplaatst(tx, vraag.id()));
    }

    public static Portal start(PortalSettings settings, Clock clock) {
        createDataDir(settings);
        Database database = Database.open(settings.database());
        try {
            RegioIndeling indeling = RegioIndeling.bundled();
            new RegioDataLoader(database.dbClient(), clock, settings.defaultAntwoordtermijnWerkdagen())
                    .load(indeling, Pc4Centroids.bundled());
            Portal portal = new Portal(settings, database, clock, indeling);
            portal.outboxWorker.start();
            portal.intakeJobs.start();
            return portal;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
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

    /** Rights-article suggestions for new questions; none until the search module is wired in. */
    public ArtikelSuggesties artikelSuggesties() {
        return artikelSuggesties;
    }

    public void artikelSuggesties(ArtikelSuggesties suggesties) {
        this.artikelSuggesties = suggesties;
    }

    @Override
    public void close() {
        outboxWorker.close();
        intakeJobs.close();
        LOGGER.log(Level.INFO, "Closing database");
        database.close();
    }
}
