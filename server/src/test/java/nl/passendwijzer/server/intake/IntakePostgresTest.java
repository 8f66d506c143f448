package nl.passendwijzer.server.intake;

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
import nl.passendwijzer.server.db.DatabaseSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The intake repository and service on a real PostgreSQL, in a schema of their own (required on CI). */
class IntakePostgresTest {
    private static final String SCHEMA = "pw_intake_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
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
    void aQuestionLivesThroughMessagesStatusTransferAndErasureOnPostgres() {
        VraagRepositorySpec.fullLifeCycle(portal);
    }

    private static void execute(PortalSettings s, String sql) throws SQLException {
        String url = s.database().url().replaceAll("[?&]currentSchema=[^&]*", "");
        try (Connection c = DriverManager.getConnection(url, s.database().username(), s.database().password());
             Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
