package nl.passendwijzer.server;

import java.nio.file.Path;

import io.helidon.config.Config;
import nl.passendwijzer.server.auth.AuthSettings;
import nl.passendwijzer.server.db.DatabaseSettings;
import nl.passendwijzer.server.intake.IntakeSettings;
import nl.passendwijzer.server.mail.MailSettings;
import nl.passendwijzer.server.regio.LandelijkLoket;
import nl.passendwijzer.server.zoeken.SearchSettings;

/** Application settings read once from {@code application.yaml} (every key overridable by environment variable). */
public record PortalSettings(Path dataDir,
                             DatabaseSettings database,
                             LandelijkLoket landelijkLoket,
                             int defaultAntwoordtermijnWerkdagen,
                             SearchSettings search,
                             IntakeSettings intake,
                             MailSettings mail,
                             AuthSettings medewerker) {
    /** Without intake and mail settings: their defaults (no SMTP). */
    public PortalSettings(Path dataDir, DatabaseSettings database, LandelijkLoket landelijkLoket,
                          int defaultAntwoordtermijnWerkdagen) {
        this(dataDir, database, landelijkLoket, defaultAntwoordtermijnWerkdagen, SearchSettings.defaults(),
             IntakeSettings.defaults(), MailSettings.none(), AuthSettings.defaults());
    }

    public PortalSettings withIntake(IntakeSettings newIntake) {
        return new PortalSettings(dataDir, database, landelijkLoket, defaultAntwoordtermijnWerkdagen,
                                  search, newIntake, mail, medewerker);
    }

    public PortalSettings withMail(MailSettings newMail) {
        return new PortalSettings(dataDir, database, landelijkLoket, defaultAntwoordtermijnWerkdagen,
                                  search, intake, newMail, medewerker);
    }

    public static PortalSettings from(Config config) {
        Path dataDir = Path.of(config.get("data.dir").asString().orElse("./data"));
        return new PortalSettings(dataDir,
                                  DatabaseSettings.from(config.get("db"), dataDir),
                                  LandelijkLoket.from(config.get("app.landelijk-loket")),
                                  config.get("app.antwoordtermijn-werkdagen").asInt().orElse(10),
                                  SearchSettings.from(config.get("search")),
                                  IntakeSettings.from(config.get("app.intake")),
                                  MailSettings.from(config.get("app.mail")),
                                  AuthSettings.from(config.get("app.medewerker")));
    }
}
