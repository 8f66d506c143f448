package nl.passendwijzer.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

import nl.passendwijzer.server.db.DatabaseSettings;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A schema of its own on the PostgreSQL test server, dropped afterwards. Without a configured server the calling
 * test class is skipped (and says so), except on CI, where that is a failure.
 */
public final class PostgresSchema implements AutoCloseable {
    private final String name;
    private final PortalSettings settings;

    private PostgresSchema(String name, PortalSettings settings) {
        this.name = name;
        this.settings = settings;
    }

    public static PostgresSchema required(String prefix, Path dataDir) {
        Optional<PortalSettings> configured = TestPortals.postgresSettings(dataDir);
        if (configured.isEmpty() && "true".equals(System.getenv("CI"))) {
            fail("CI must run the PostgreSQL tests: set PW_TEST_PG_URL (see .ci/run)");
        }
        assumeTrue(configured.isPresent(), "skipped: no PostgreSQL configured (set PW_TEST_PG_URL to run these)");
        PortalSettings base = configured.get();
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(base.database(), "CREATE SCHEMA " + name);
        String url = base.database().url() + (base.database().url().contains("?") ? "&" : "?") + "currentSchema=" + name;
        return new PostgresSchema(name, new PortalSettings(
                base.dataDir(), new DatabaseSettings(url, base.database().username(), base.database().password(), 4),
                base.landelijkLoket(), base.defaultAntwoordtermijnWerkdagen()));
    }

    public PortalSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        execute(settings.database(), "DROP SCHEMA " + name + " CASCADE");
    }

    private static void execute(DatabaseSettings db, String sql) {
        String url = db.url().replaceAll("[?&]currentSchema=[^&]*", "");
        try (Connection c = DriverManager.getConnection(url, db.username(), db.password());
             Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test schema: " + e.getMessage(), e);
        }
    }
}
