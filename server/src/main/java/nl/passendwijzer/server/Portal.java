package nl.passendwijzer.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;

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
import nl.passendwijzer.server.regio.RegioDataLoader;
import nl.passendwijzer.server.regio.SwvDirectory;
import nl.passendwijzer.server.regio.SwvRepository;
import nl.passendwijzer.server.rechten.RechtenLoader;
import nl.passendwijzer.server.rechten.RechtenRepository;
import nl.passendwijzer.server.scholen.SchoolRepository;
import nl.passendwijzer.server.scholen.SchoolViewFactory;
import nl.passendwijzer.server.scholen.ScholenLoader;
import nl.passendwijzer.server.staff.Inbox;
import nl.passendwijzer.server.zoeken.PortalSearch;
import nl.passendwijzer.server.zoeken.SearchDocuments;

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
    private final RechtenRepository rechtenRepository;
    private final SchoolRepository schoolRepository;
    private final SchoolViewFactory schoolViews;
    private final Vocabulaire vocabulaire;
    private final PortalSearch search;
    private final Accounts accounts;
    private final Inbox inbox;

    private Portal(PortalSettings settings, Database database, Clock clock, Vocabulaire vocabulaire) {
        this.settings = settings;
        this.database = database;
        this.clock = clock;
        this.vocabulaire = vocabulaire;
        DbClient db = database.dbClient();
        this.swvDirectory = new SwvDirectory(new SwvRepository(db), settings.landelijkLoket());
        this.rechtenRepository = new RechtenRepository(db);
        this.schoolRepository = new SchoolRepository(db);
        this.schoolViews = new SchoolViewFactory(schoolRepository, vocabulaire, swvDirectory);
        this.search = PortalSearch.open(settings.dataDir().resolve("index"), searchConfig(vocabulaire, clock),
                                        new SearchDocuments(schoolRepository, rechtenRepository, vocabulaire), db);
        this.accounts = new Accounts(db, clock, settings.medewerker());
        this.inbox = new Inbox(db, clock, (tx, vraag, op) -> { });
    }

    private static SearchConfig searchConfig(Vocabulaire vocabulaire, Clock clock) {
        List<String> terms = vocabulaire.all().stream()
                .filter(t -> !t.historisch())
                .map(VocabulaireTerm::labelOuders)
                .distinct()
                .toList();
        return new SearchConfig("unknown", vocabulaire.synonymGroups(), terms, clock);
    }

    public static Portal start(PortalSettings settings, Clock clock) {
        createDataDir(settings);
        Database database = Database.open(settings.database());
        try {
            new RegioDataLoader(database.dbClient(), clock, settings.defaultAntwoordtermijnWerkdagen())
                    .load(RegioIndeling.bundled(), Pc4Centroids.bundled());
            BundledDataVersions versions = new BundledDataVersions(database.dbClient(), clock);
            new RechtenLoader(versions).load(RechtenCatalogus.bundled());
            new ScholenLoader(versions).loadBundledDemo();
            return new Portal(settings, database, clock, Vocabulaire.bundled());
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

    @Override
    public void close() {
        LOGGER.log(Level.INFO, "Closing search index and database");
        try {
            search.close();
        } finally {
            database.close();
        }
    }
}
