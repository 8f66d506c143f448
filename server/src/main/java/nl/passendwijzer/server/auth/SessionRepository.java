package nl.passendwijzer.server.auth;

import java.time.Instant;
import java.util.Optional;

import io.helidon.dbclient.DbClient;
import nl.passendwijzer.server.db.Rows;

import static nl.passendwijzer.server.auth.AccountRepository.time;

/** Staff sessions in the shared database, keyed by the SHA-256 of the cookie value. */
public final class SessionRepository {
    private final DbClient db;

    public SessionRepository(DbClient db) {
        this.db = db;
    }

    public void create(String tokenHash, long medewerkerId, Instant now, Instant expires) {
        db.execute().insert("INSERT INTO medewerker_sessie (token_hash, medewerker_id, aangemaakt_op, laatst_gebruikt_op, "
                                    + "verloopt_op) VALUES (?, ?, ?, ?, ?)",
                            tokenHash, medewerkerId, time(now), time(now), time(expires));
    }

    public Optional<Session> find(String tokenHash) {
        return db.execute().get("SELECT medewerker_id, laatst_gebruikt_op, verloopt_op FROM medewerker_sessie "
                                        + "WHERE token_hash = ?", tokenHash)
                .map(row -> new Session(tokenHash, Rows.longValue(row, "medewerker_id"),
                                        Rows.instant(row, "laatst_gebruikt_op"), Rows.instant(row, "verloopt_op")));
    }

    public void touch(String tokenHash, Instant now) {
        db.execute().update("UPDATE medewerker_sessie SET laatst_gebruikt_op = ? WHERE token_hash = ?", time(now), tokenHash);
    }

    public void delete(String tokenHash) {
        db.execute().delete("DELETE FROM medewerker_sessie WHERE token_hash = ?", tokenHash);
    }

    public long deleteAll(long medewerkerId) {
        return db.execute().delete("DELETE FROM medewerker_sessie WHERE medewerker_id = ?", medewerkerId);
    }

    public long count(long medewerkerId) {
        return db.execute().get("SELECT COUNT(*) AS n FROM medewerker_sessie WHERE medewerker_id = ?", medewerkerId)
                .map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    /** A stored session: who, when last used, and its absolute end. */
    public record Session(String tokenHash, long medewerkerId, Instant lastUsed, Instant expires) {
    }
}
