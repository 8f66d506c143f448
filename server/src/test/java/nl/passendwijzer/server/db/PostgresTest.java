package nl.passendwijzer.server.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import nl.passendwijzer.server.Portal;
import nl.passendwijzer.server.PortalSettings;
import nl.passendwijzer.server.TestPortals;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The same migrations, loading and repository behaviour on a real PostgreSQL, in a schema of its own.
 * Skipped (and said so) when no server is configured, except on CI, where a missing server is a failure.
 */
class PostgresTest {
    private static final String SCHEMA = "pw_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static PortalSettings settings;
    private static Portal portal;

    @BeforeAll
    static void start(@TempDir Path dataDir) throws SQLException {
        Optional<PortalSettings> configured = TestPortals.postgresSettings(dataDir);
        if (configured.isEmpty() && "true".equals(System.getenv("CI"))) {
            fail("CI must run the PostgreSQL tests: set PW_TEST_PG_URL (see .ci/run)");
        }
        assumeTrue(configured.isPresent(), "skipped: no PostgreSQL configured (set PW_TEST_PG_URL to run these)");
        PortalSettings base = configured.get();
        execute(base, "CREATE SCHEMA " + SCHEMA);
        String url = base.database().url() + (base.database().url().contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
        settings = new PortalSettings(base.dataDir(),
                                      new DatabaseSettings(url, base.database().username(), base.database().password(), 4),
                                      base.landelijkLoket(), base.defaultAntwoordtermijnWerkdagen());
        portal = Portal.start(settings, Clock.systemDefaultZone());
    }

    @AfterAll
    static void stop() throws SQLException {
        if (portal != null) {
            portal.close();
            execute(settings, "DROP SCHEMA " + SCHEMA + " CASCADE");
        }
    }

    @Test
    void migrationsRunAndTheDatabaseIsPostgres() {
        assertThat(portal.database().type(), is(DatabaseType.POSTGRESQL));
        assertThat(portal.database().dbClient().dbType(), is("postgresql"));
    }

    @Test
    void everyOneOfThe4046Pc4RowsAnswersItsLawTableCodesOnPostgres() {
        nl.passendwijzer.server.regio.RegioTableAccess.everyRowAnswersItsLawTableCodes(portal);
    }

    @Test
    void restartDoesNotReloadUnchangedDataAndKeepsImportedContacts() {
        portal.database().dbClient().execute().update(
                "UPDATE informatiepunt SET email = ?, placeholder = FALSE WHERE swv_code = ?",
                "info@example.org", "PO2707");
        // A second node: the same database, its own data directory (each node keeps its own search index).
        PortalSettings secondNode = new PortalSettings(TestPortals.tempDir("pw-pg-node2"), settings.database(),
                                                       settings.landelijkLoket(), settings.defaultAntwoordtermijnWerkdagen(),
                                                       settings.contentPollInterval(), settings.intake(), settings.mail(),
                                                       settings.medewerker());
        try (Portal again = Portal.start(secondNode, Clock.systemDefaultZone())) {
            var ip = again.swvDirectory().find("PO2707").orElseThrow().informatiepunt();
            assertThat(ip.email(), is("info@example.org"));
            assertThat(ip.placeholder(), is(false));
        }
    }

    private static void execute(PortalSettings s, String sql) throws SQLException {
        String url = s.database().url().replaceAll("[?&]currentSchema=[^&]*", "");
        try (Connection c = DriverManager.getConnection(url, s.database().username(), s.database().password());
             Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
