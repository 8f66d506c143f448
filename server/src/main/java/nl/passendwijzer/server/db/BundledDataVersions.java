package nl.passendwijzer.server.db;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Consumer;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbTransaction;

/**
 * Loads a bundled data set into the database only when its version (content hash) differs from the recorded one,
 * in one transaction with the new version, so a crash mid-load leaves the old data and version in place.
 */
public final class BundledDataVersions {
    private static final System.Logger LOGGER = System.getLogger(BundledDataVersions.class.getName());

    private final DbClient db;
    private final Clock clock;

    public BundledDataVersions(DbClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Optional<String> loadedVersion(String naam) {
        return db.execute().get("SELECT versie FROM data_versie WHERE naam = ?", naam)
                .map(row -> Rows.string(row, "versie"));
    }

    /** @return whether the writer ran */
    public boolean loadIfChanged(String naam, String version, Consumer<DbExecute> writer) {
        if (loadedVersion(naam).filter(version::equals).isPresent()) {
            return false;
        }
        long started = System.nanoTime();
        DbTransaction tx = db.transaction();
        try {
            writer.accept(tx);
            tx.delete("DELETE FROM data_versie WHERE naam = ?", naam);
            tx.insert("INSERT INTO data_versie (naam, versie, geladen_op) VALUES (?, ?, ?)", naam, version, now());
            tx.commit();
        } catch (RuntimeException e) {
            tx.rollback();
            throw e;
        }
        LOGGER.log(Level.INFO, "Loaded " + naam + " version " + version.substring(0, Math.min(12, version.length()))
                + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return true;
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
