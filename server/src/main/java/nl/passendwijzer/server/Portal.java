package nl.passendwijzer.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.time.Clock;

import nl.passendwijzer.content.regio.Pc4Centroids;
import nl.passendwijzer.content.regio.RegioIndeling;
import nl.passendwijzer.server.auth.Accounts;
import nl.passendwijzer.server.db.Database;
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

    private Portal(PortalSettings settings, Database database, Clock clock) {
        this.settings = settings;
        this.database = database;
        this.clock = clock;
        this.swvDirectory = new SwvDirectory(new SwvRepository(database.dbClient()), settings.landelijkLoket());
        this.accounts = new Accounts(database.dbClient(), clock, settings.medewerker());
        this.inbox = new Inbox(database.dbClient(), clock, (tx, vraag, op) -> { });
    }

    public static Portal start(PortalSettings settings, Clock clock) {
        createDataDir(settings);
        Database database = Database.open(settings.database());
        try {
            new RegioDataLoader(database.dbClient(), clock, settings.defaultAntwoordtermijnWerkdagen())
                    .load(RegioIndeling.bundled(), Pc4Centroids.bundled());
            return new Portal(settings, database, clock);
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

    @Override
    public void close() {
        LOGGER.log(Level.INFO, "Closing database");
        database.close();
    }
}
