package nl.passendwijzer.server;

import java.nio.file.Path;

import io.helidon.config.Config;
import nl.passendwijzer.server.auth.AuthSettings;
import nl.passendwijzer.server.db.DatabaseSettings;
import nl.passendwijzer.server.regio.LandelijkLoket;

/** Application settings read once from {@code application.yaml} (every key overridable by environment variable). */
public record PortalSettings(Path dataDir,
                             DatabaseSettings database,
                             LandelijkLoket landelijkLoket,
                             int defaultAntwoordtermijnWerkdagen,
                             AuthSettings medewerker) {

    /** Settings with default staff authentication settings. */
    public PortalSettings(Path dataDir, DatabaseSettings database, LandelijkLoket landelijkLoket,
                          int defaultAntwoordtermijnWerkdagen) {
        this(dataDir, database, landelijkLoket, defaultAntwoordtermijnWerkdagen, AuthSettings.defaults());
    }

    public static PortalSettings from(Config config) {
        Path dataDir = Path.of(config.get("data.dir").asString().orElse("./data"));
        return new PortalSettings(dataDir,
                                  DatabaseSettings.from(config.get("db"), dataDir),
                                  LandelijkLoket.from(config.get("app.landelijk-loket")),
                                  config.get("app.antwoordtermijn-werkdagen").asInt().orElse(10),
                                  AuthSettings.from(config.get("app.medewerker")));
    }
}
