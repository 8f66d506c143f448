package nl.passendwijzer.server.mail;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;
import nl.passendwijzer.server.db.Rows;

/**
 * The durable outbox: a message is enqueued in the same transaction as the change it reports, and sent later by the
 * {@link OutboxWorker}. Messages carry a link only, never question or answer text.
 */
public final class Outbox {
    public static final String WACHTEND = "wachtend";
    public static final String VERZONDEN = "verzonden";
    public static final String MISLUKT = "mislukt";

    private final DbClient db;
    private final Clock clock;

    public Outbox(DbClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Enqueues a message inside the caller's transaction. */
    public void enqueue(DbExecute tx, String soort, Long vraagId, String ontvanger, String onderwerp, String inhoud) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        tx.insert("INSERT INTO outbox (soort, vraag_id, ontvanger, onderwerp, inhoud, status, pogingen, "
                          + "volgende_poging_op, aangemaakt_op) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)",
                  soort, vraagId, ontvanger, onderwerp, inhoud, WACHTEND, now, now);
    }

    /** One message due for sending. */
    public record Bericht(long id, String soort, Optional<Long> vraagId, String ontvanger, String onderwerp,
                          String inhoud, int pogingen) {
    }

    /** Messages whose next attempt is due, oldest first. */
    List<Bericht> due(int max) {
        return db.execute().query("SELECT id, soort, vraag_id, ontvanger, onderwerp, inhoud, pogingen FROM outbox "
                                          + "WHERE status = ? AND volgende_poging_op <= ? AND ontvanger IS NOT NULL "
                                          + "AND (geclaimd_tot IS NULL OR geclaimd_tot < ?) ORDER BY id",
                                  WACHTEND, OffsetDateTime.now(clock), OffsetDateTime.now(clock))
                .limit(max)
                .map(row -> new Bericht(Rows.longValue(row, "id"), Rows.string(row, "soort"),
                                        Rows.optionalString(row, "vraag_id").map(Long::valueOf),
                                        Rows.string(row, "ontvanger"), Rows.string(row, "onderwerp"),
                                        Rows.string(row, "inhoud"), Rows.integer(row, "pogingen")))
                .toList();
    }

    /** Claims a message for one sender (several nodes may run workers); false when another node has it. */
    boolean claim(long id, OffsetDateTime until) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return db.execute().update("UPDATE outbox SET geclaimd_tot = ? WHERE id = ? AND status = ? "
                                           + "AND (geclaimd_tot IS NULL OR geclaimd_tot < ?)",
                                   until, id, WACHTEND, now) == 1;
    }

    /** Sent: the recipient address is no longer needed and is cleared. */
    void sent(long id) {
        db.execute().update("UPDATE outbox SET status = ?, verzonden_op = ?, ontvanger = NULL, geclaimd_tot = NULL, "
                                    + "pogingen = pogingen + 1 WHERE id = ?", VERZONDEN, OffsetDateTime.now(clock), id);
    }

    void failed(long id, int pogingen, OffsetDateTime next, boolean giveUp, String fout) {
        db.execute().update("UPDATE outbox SET status = ?, pogingen = ?, volgende_poging_op = ?, geclaimd_tot = NULL, "
                                    + "laatste_fout = ?, ontvanger = CASE WHEN ? THEN NULL ELSE ontvanger END WHERE id = ?",
                            giveUp ? MISLUKT : WACHTEND, pogingen, next,
                            fout.length() > 200 ? fout.substring(0, 200) : fout, giveUp, id);
    }

    /** Counts by status, for the health check. */
    public long count(String status) {
        return db.execute().query("SELECT COUNT(*) AS n FROM outbox WHERE status = ?", status)
                .map(row -> Rows.longValue(row, "n")).findFirst().orElse(0L);
    }
}
