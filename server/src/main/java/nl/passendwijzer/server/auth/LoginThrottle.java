package nl.passendwijzer.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbRow;
import nl.passendwijzer.server.db.Rows;

import static nl.passendwijzer.server.auth.AccountRepository.time;

/**
 * Slows down password guessing per account (e-mail address, known or not) and per client address, in the shared
 * database so every node counts the same attempts. After a number of failures within the window each further failure
 * doubles a waiting time (back-off, no hard lock-out, ASVS 6.1.1/6.3.1). Keys are stored only as SHA-256.
 */
public final class LoginThrottle {
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration MAX_WAIT = Duration.ofMinutes(15);

    private final DbClient db;
    private final Clock clock;
    private final int accountFailures;
    private final int addressFailures;

    public LoginThrottle(DbClient db, Clock clock, int accountFailures, int addressFailures) {
        this.db = db;
        this.clock = clock;
        this.accountFailures = accountFailures;
        this.addressFailures = addressFailures;
    }

    public static String accountKey(String email) {
        return Tokens.sha256("account:" + email);
    }

    public static String addressKey(String address) {
        return Tokens.sha256("adres:" + address);
    }

    /** How long the caller must wait before trying again, if any of the keys is blocked now. */
    public Optional<Duration> waitFor(String... keys) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (String key : keys) {
            Optional<Instant> until = row(key).flatMap(row -> Rows.optionalInstant(row, "geblokkeerd_tot"));
            if (until.isPresent() && until.get().isAfter(now)) {
                Duration wait = Duration.between(now, until.get());
                longest = wait.compareTo(longest) > 0 ? wait : longest;
            }
        }
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    public void failed(String accountKey, String addressKey) {
        record(accountKey, accountFailures);
        record(addressKey, addressFailures);
    }

    public void succeeded(String accountKey) {
        db.execute().delete("DELETE FROM login_poging WHERE sleutel = ?", accountKey);
    }

    private void record(String key, int allowed) {
        Instant now = clock.instant();
        Optional<DbRow> existing = row(key);
        int failures = existing.filter(row -> Rows.instant(row, "laatste_op").plus(WINDOW).isAfter(now))
                .map(row -> Rows.integer(row, "mislukt")).orElse(0) + 1;
        Instant blockedUntil = failures >= allowed ? now.plus(backoff(failures - allowed)) : now;
        if (existing.isPresent()) {
            db.execute().update("UPDATE login_poging SET mislukt = ?, laatste_op = ?, geblokkeerd_tot = ? WHERE sleutel = ?",
                                failures, time(now), time(blockedUntil), key);
        } else {
            try {
                db.execute().insert("INSERT INTO login_poging (sleutel, mislukt, laatste_op, geblokkeerd_tot) "
                                            + "VALUES (?, ?, ?, ?)", key, failures, time(now), time(blockedUntil));
            } catch (RuntimeException concurrentInsert) {
                db.execute().update("UPDATE login_poging SET mislukt = mislukt + 1, laatste_op = ? WHERE sleutel = ?",
                                    time(now), key);
            }
        }
    }

    static Duration backoff(int over) {
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(over, 10));
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private Optional<DbRow> row(String key) {
        return db.execute().get("SELECT mislukt, laatste_op, geblokkeerd_tot FROM login_poging WHERE sleutel = ?", key);
    }
}
