package nl.passendwijzer.server;

import java.io.PrintStream;
import java.time.Clock;

import io.helidon.config.Config;

/** Command-line tasks of {@code ./portal}, each run against the configured database and then exited. */
final class Commands {
    private final Config config;
    private final PrintStream out;

    Commands(Config config) {
        this.config = config;
        this.out = System.out;
    }

    int run(String[] args) {
        return switch (args[0]) {
            case "migrate" -> migrate();
            case "medewerker" -> medewerker(args);
            default -> {
                out.println("Onbekende opdracht: " + args[0] + ". Zie ./portal help.");
                yield 2;
            }
        };
    }

    /** Staff accounts: see {@link MedewerkerCommand}. */
    private int medewerker(String[] args) {
        try (Portal portal = Portal.start(PortalSettings.from(config), Clock.systemDefaultZone())) {
            return new MedewerkerCommand(portal.accounts(), out).run(args);
        }
    }

    /** Migrates the schema and loads bundled data, then stops: useful before a rolling deploy. */
    private int migrate() {
        try (Portal ignored = Portal.start(PortalSettings.from(config), Clock.systemDefaultZone())) {
            out.println("Database bijgewerkt en gegevens geladen.");
            return 0;
        }
    }
}
