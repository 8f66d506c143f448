package nl.passendwijzer.server.mail;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends due outbox messages on a single background thread. A failure is retried with exponential backoff
 * (first wait, doubling, at most six hours) until {@code maxPogingen}; then the message is marked mislukt. Without
 * SMTP settings the worker does not run and messages wait (the health check reports it).
 */
public final class OutboxWorker implements AutoCloseable {
    private static final System.Logger LOGGER = System.getLogger(OutboxWorker.class.getName());
    private static final Duration MAX_WACHTTIJD = Duration.ofHours(6);
    private static final Duration CLAIM = Duration.ofMinutes(2);

    private final Outbox outbox;
    private final Optional<Mailer> mailer;
    private final MailSettings settings;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    public OutboxWorker(Outbox outbox, Optional<Mailer> mailer, MailSettings settings, Clock clock) {
        this.outbox = outbox;
        this.mailer = mailer;
        this.settings = settings;
        this.clock = clock;
    }

    public synchronized void start() {
        if (mailer.isEmpty() || scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "outbox-worker");
            t.setDaemon(true);
            return t;
        });
        long ms = Math.max(50, settings.interval().toMillis());
        scheduler.scheduleWithFixedDelay(this::runSafely, ms, ms, TimeUnit.MILLISECONDS);
    }

    public boolean sending() {
        return mailer.isPresent();
    }

    private void runSafely() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOGGER.log(Level.WARNING, "Outbox round failed: " + e.getClass().getSimpleName());
        }
    }

    /** One round: send every due message once. Returns how many were sent. */
    public int runOnce() {
        if (mailer.isEmpty()) {
            return 0;
        }
        int sent = 0;
        for (Outbox.Bericht bericht : outbox.due(50)) {
            if (!outbox.claim(bericht.id(), OffsetDateTime.now(clock).plus(CLAIM))) {
                continue;
            }
            try {
                mailer.get().send(bericht.ontvanger(), bericht.onderwerp(), bericht.inhoud());
                outbox.sent(bericht.id());
                sent++;
            } catch (Mailer.MailFailure | RuntimeException e) {
                int pogingen = bericht.pogingen() + 1;
                boolean giveUp = pogingen >= settings.maxPogingen();
                outbox.failed(bericht.id(), pogingen, OffsetDateTime.now(clock).plus(backoff(pogingen)), giveUp,
                              e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                LOGGER.log(Level.WARNING, "Outbox message " + bericht.id() + " (" + bericht.soort() + ") attempt "
                        + pogingen + " failed" + (giveUp ? "; giving up" : ""));
            }
        }
        return sent;
    }

    /** first wait × 2^(attempts-1), capped. */
    Duration backoff(int pogingen) {
        Duration wait = settings.eersteWachttijd();
        for (int i = 1; i < pogingen && wait.compareTo(MAX_WACHTTIJD) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(MAX_WACHTTIJD) > 0 ? MAX_WACHTTIJD : wait;
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }
}
