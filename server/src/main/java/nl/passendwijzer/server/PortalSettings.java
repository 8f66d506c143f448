package nl.passendwijzer.server;

import java.nio.file.Path;
import java.time.Duration;

import io.helidon.config.Config;
import nl.passendwijzer.server.auth.AuthSettings;
import nl.passendwijzer.server.db.DatabaseSettings;
import nl.passendwijzer.server.intake.IntakeSettings;
import nl.passendwijzer.server.mail.MailSettings;
import nl.passendwijzer.server.regio.LandelijkLoket;

/** Application settings read once from {@code application.yaml} (every key overridable by environment variable). */
public record PortalSettings(Path dataDir,
                             DatabaseSettings database,
                             LandelijkLoket landelijkLoket,
                             int defaultAntwoordtermijnWerkdagen,
                             Duration contentPollInterval,
                             IntakeSettings intake,
                             MailSettings mail,
                             AuthSettings medewerker) {
    static final Duration DEFAULT_CONTENT_POLL = Duration.ofSeconds(5);

    /** Without intake and mail settings: their defaults (no SMTP). */
    public PortalSettings(Path dataDir, DatabaseSettings database, LandelijkLoket landelijkLoket,
                          int defaultAntwoordtermijnWerkdagen) {
        this(dataDir, database, landelijkLoket, defaultAntwoordtermijnWerkdagen, DEFAULT_CONTENT_POLL,
             IntakeSettings.defaults(), MailSettings.none(), AuthSettings.defaults());
    }

    public PortalSettings withIntake(IntakeSettings newIntake) {
        return new PortalSettings(dataDir, database, landelijkLoket, defaultAntwoordtermijnWerkdagen,
                                  contentPollInterval, newIntake, mail, medewerker);
    }

    public PortalSettings withMail(MailSettings newMail) {
        return new PortalSettings(dataDir, database, landelijkLoket, defaultAntwoordtermijnWerkdagen,
                                  contentPollInterval, intake, newMail, medewerker);
    }

    public static PortalSettings from(Config config) {
        Path dataDir = Path.of(config.get("data.dir").asString().orElse("./data"));
        return new PortalSettings(dataDir,
                                  DatabaseSettings.from(config.get("db"), dataDir),
                                  LandelijkLoket.from(config.get("app.landelijk-loket")),
                                  config.get("app.antwoordtermijn-werkdagen").asInt().orElse(10),
                                  config.get("search.poll-interval").as(Duration.class).orElse(DEFAULT_CONTENT_POLL),
                                  IntakeSettings.from(config.get("app.intake")),
                                  MailSettings.from(config.get("app.mail")),
                                  AuthSettings.from(config.get("app.medewerker")));
    }
}
