package nl.passendwijzer.server.intake;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Background housekeeping: once a day, anonymise closed questions older than the retention period (idempotent,
 * audited per question); every hour, purge idempotency records older than 24 hours.
 */
public final class IntakeJobs implements AutoCloseable {
    private static final System.Logger LOGGER = System.getLogger(IntakeJobs.class.getName());

    private final VraagRepository repository;
    private final Idempotentie idempotentie;
    private final Period bewaartermijn;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    public IntakeJobs(VraagRepository repository, Idempotentie idempotentie, Period bewaartermijn, Clock clock) {
        this.repository = repository;
        this.idempotentie = idempotentie;
        this.bewaartermijn = bewaartermijn;
        this.clock = clock;
    }

    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "intake-jobs");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(() -> safely(this::anonymiseer), 1, Duration.ofDays(1).toMinutes(), TimeUnit.MINUTES);
        scheduler.scheduleWithFixedDelay(() -> safely(this::purgeIdempotentie), 5, 60, TimeUnit.MINUTES);
    }

    private static void safely(Runnable job) {
        try {
            job.run();
        } catch (RuntimeException e) {
            LOGGER.log(Level.WARNING, "Intake job failed: " + e.getClass().getSimpleName());
        }
    }

    /** Anonymises every closed question past the retention period; returns how many. Safe to run again. */
    public int anonymiseer() {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime geslotenVoor = now.minus(bewaartermijn);
        int done = 0;
        List<Long> batch;
        do {
            batch = repository.dueForAnonymisation(geslotenVoor, 200);
            for (long id : batch) {
                if (repository.inTransaction(tx -> repository.erase(tx, id, false, AuditRegel.ACTOR_SYSTEEM, now))) {
                    done++;
                }
            }
        } while (batch.size() == 200);
        if (done > 0) {
            LOGGER.log(Level.INFO, "Anonymised " + done + " closed questions past the retention period");
        }
        return done;
    }

    public long purgeIdempotentie() {
        return idempotentie.purge(OffsetDateTime.now(clock).minusHours(24));
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }
}
