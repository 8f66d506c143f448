package nl.passendwijzer.server;

import java.io.PrintStream;
import java.time.Clock;

import io.helidon.config.Config;
import nl.passendwijzer.server.importeren.ImportCommand;

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
            case "import" -> withPortal(portal -> new ImportCommand(portal, out)
                    .run(java.util.List.of(args).subList(1, args.length)));
            case "reindex" -> withPortal(this::reindex);
            case "medewerker" -> withPortal(portal -> new MedewerkerCommand(portal.accounts(), out).run(args));
            default -> {
                out.println("Onbekende opdracht: " + args[0] + ". Zie ./portal help.");
                yield 2;
            }
        };
    }

    private int withPortal(java.util.function.ToIntFunction<Portal> task) {
        try (Portal portal = Portal.start(PortalSettings.from(config), Clock.systemDefaultZone())) {
            return task.applyAsInt(portal);
        }
    }

    /** Rebuilds the search index from the database, with progress. */
    private int reindex(Portal portal) {
        long started = System.nanoTime();
        portal.search().rebuild(portal.search().databaseContentVersion(),
                                done -> {
                                    if (done % 1000 == 0) {
                                        out.println("  " + done + " documenten geïndexeerd");
                                    }
                                });
        out.printf("Zoekindex opnieuw opgebouwd: %d documenten in %.1f s.%n", portal.search().documentCount(),
                   (System.nanoTime() - started) / 1e9);
        return 0;
    }

    /** Migrates the schema and loads bundled data, then stops: useful before a rolling deploy. */
    private int migrate() {
        try (Portal ignored = Portal.start(PortalSettings.from(config), Clock.systemDefaultZone())) {
            out.println("Database bijgewerkt en gegevens geladen.");
            return 0;
        }
    }
}
