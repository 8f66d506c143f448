package nl.passendwijzer.server;

import java.time.Clock;

import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;

/** Starts the portal (no arguments) or runs one of the command-line tasks. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        LogConfig.configureRuntime();
        Config config = Config.create();
        if (args.length > 0) {
            System.exit(new Commands(config).run(args));
        }
        long started = System.nanoTime();
        Portal portal = Portal.start(PortalSettings.from(config), Clock.systemDefaultZone());
        PortalServer.start(config, portal);
        System.getLogger(Main.class.getName()).log(System.Logger.Level.INFO,
                "Started in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }
}
