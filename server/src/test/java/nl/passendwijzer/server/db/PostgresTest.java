package nl.passendwijzer.server.db;

import java.nio.file.Path;
import java.time.Clock;

import nl.passendwijzer.server.Portal;
import nl.passendwijzer.server.PostgresSchema;
import nl.passendwijzer.server.PortalSettings;
import nl.passendwijzer.server.TestPortals;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * The same migrations, loading and repository behaviour on a real PostgreSQL, in a schema of its own.
 * Skipped (and said so) when no server is configured, except on CI, where a missing server is a failure.
 */
class PostgresTest {
    private static PostgresSchema schema;
    private static PortalSettings settings;
    private static Portal portal;

    @BeforeAll
    static void start(@TempDir Path dataDir) {
        schema = PostgresSchema.required("pw_test", dataDir);
        settings = schema.settings();
        portal = Portal.start(settings, Clock.systemDefaultZone());
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.close();
            schema.close();
        }
    }

    @Test
    void migrationsRunAndTheDatabaseIsPostgres() {
        assertThat(portal.database().type(), is(DatabaseType.POSTGRESQL));
        assertThat(portal.database().dbClient().dbType(), is("postgresql"));
    }

    @Test
    void everyOneOfThe4046Pc4RowsAnswersItsLawTableCodesOnPostgres() {
        nl.passendwijzer.server.regio.RegioTableAccess.assertEveryRowAnswersItsLawTableCodes(portal);
    }

    @Test
    void restartDoesNotReloadUnchangedDataAndKeepsImportedContacts() {
        portal.database().dbClient().execute().update(
                "UPDATE informatiepunt SET email = ?, placeholder = FALSE WHERE swv_code = ?",
                "info@example.org", "PO2707");
        // A second node: the same database, its own data directory (each node keeps its own search index).
        PortalSettings secondNode = new PortalSettings(TestPortals.tempDir("pw-pg-node2"), settings.database(),
                                                       settings.landelijkLoket(), settings.defaultAntwoordtermijnWerkdagen(),
                                                       settings.search(), settings.intake(), settings.mail(),
                                                       settings.medewerker());
        try (Portal again = Portal.start(secondNode, Clock.systemDefaultZone())) {
            var ip = again.swvDirectory().find("PO2707").orElseThrow().informatiepunt();
            assertThat(ip.email(), is("info@example.org"));
            assertThat(ip.placeholder(), is(false));
        }
    }

}
