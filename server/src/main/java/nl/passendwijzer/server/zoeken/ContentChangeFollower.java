package nl.passendwijzer.server.zoeken;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.helidon.dbclient.DbClient;
import nl.passendwijzer.server.db.Rows;

/**
 * Keeps this node's index current when another node (or an import) changed content: it polls the database's
 * monotonic change log and re-indexes the schools named there, or everything for a bulk change ('*').
 */
public final class ContentChangeFollower implements AutoCloseable {
    private static final System.Logger LOGGER = System.getLogger(ContentChangeFollower.class.getName());

    private final PortalSearch search;
    private final DbClient db;
    private final ScheduledExecutorService scheduler;
    private long applied;

    public ContentChangeFollower(PortalSearch search, DbClient db) {
        this.search = search;
        this.db = db;
        this.applied = currentSeq();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("content-follower")
                                                                           .factory());
    }

    public void start(Duration interval) {
        scheduler.scheduleWithFixedDelay(this::safePoll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Applies every change logged since the last poll; returns how many log entries were applied. */
    synchronized int poll() {
        List<Change> changes = db.execute()
                .query("SELECT seq, soort, sleutel FROM content_wijziging WHERE seq > ? ORDER BY seq", applied)
                .map(row -> new Change(Rows.longValue(row, "seq"), Rows.string(row, "soort"), Rows.string(row, "sleutel")))
                .toList();
        if (changes.isEmpty()) {
            return 0;
        }
        long newest = changes.getLast().seq();
        if (changes.stream().anyMatch(c -> c.sleutel().equals("*"))) {
            search.rebuild(PortalSearch.contentVersion(newest), count -> {
            });
        } else {
            Set<String> schools = new LinkedHashSet<>();
            changes.forEach(c -> schools.add(c.sleutel()));
            schools.forEach(search::reindexSchool);
        }
        applied = newest;
        return changes.size();
    }

    private void safePoll() {
        try {
            int applied = poll();
            if (applied > 0) {
                LOGGER.log(Level.INFO, "Applied " + applied + " content changes to the search index");
            }
        } catch (RuntimeException e) {
            LOGGER.log(Level.WARNING, "Could not apply content changes; will retry", e);
        }
    }

    private long currentSeq() {
        return db.execute().get("SELECT COALESCE(MAX(seq), 0) AS seq FROM content_wijziging")
                .map(row -> Rows.longValue(row, "seq")).orElse(0L);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }

    private record Change(long seq, String soort, String sleutel) {
    }
}
