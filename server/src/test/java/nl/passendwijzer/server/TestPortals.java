package nl.passendwijzer.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import nl.passendwijzer.server.db.DatabaseSettings;

/**
 * Portals for tests: one per JVM on a fresh H2 file database (started lazily, closed at exit), and PostgreSQL when
 * {@code PW_TEST_PG_URL} (plus {@code PW_TEST_PG_USER}, {@code PW_TEST_PG_PASSWORD}) points at a server.
 */
public final class TestPortals {
    private static Portal shared;

    private TestPortals() {
    }

    /** The shared H2 portal; tests that change data must use their own identifiers. */
    public static synchronized Portal shared() {
        if (shared == null) {
            shared = h2(tempDir("passendwijzer-test"));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** A new H2 portal in the given data directory (caller closes it). */
    public static Portal h2(Path dataDir) {
        return Portal.start(settings(dataDir, DatabaseSettings.h2Url(dataDir), "sa", ""), Clock.systemDefaultZone());
    }

    /** A new H2 portal with application.yaml settings changed by {@code adjust} (e.g. a shorter fill time); caller closes it. */
    public static Portal h2(Path dataDir, java.util.function.UnaryOperator<PortalSettings> adjust) {
        return Portal.start(adjust.apply(settings(dataDir, DatabaseSettings.h2Url(dataDir), "sa", "")), Clock.systemDefaultZone());
    }

    /** A new H2 portal with its own clock (tests of timeouts and deadlines); caller closes it. */
    public static Portal h2(Path dataDir, Clock clock) {
        return Portal.start(settings(dataDir, DatabaseSettings.h2Url(dataDir), "sa", ""), clock);
    }

    /** Settings of the PostgreSQL test server, when one is configured. */
    public static Optional<PortalSettings> postgresSettings(Path dataDir) {
        String url = System.getenv("PW_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(settings(dataDir, url,
                                    System.getenv().getOrDefault("PW_TEST_PG_USER", "postgres"),
                                    System.getenv().getOrDefault("PW_TEST_PG_PASSWORD", "")));
    }

    /** The server config of application.yaml, with a free port. */
    public static Config serverConfig() {
        return Config.create().get("server");
    }

    static PortalSettings settings(Path dataDir, String url, String user, String password) {
        Config config = Config.builder()
                .addSource(ConfigSources.create(java.util.Map.of("data.dir", dataDir.toString(),
                                                                 "db.url", url,
                                                                 "db.username", user,
                                                                 "db.password", password)))
                .addSource(ConfigSources.classpath("application.yaml"))
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .build();
        return PortalSettings.from(config);
    }

    public static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
