package nl.passendwijzer.server.auth;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import nl.passendwijzer.server.db.Rows;

/**
 * SQL for staff accounts, their SWV memberships and one-time password tokens. A landelijk loket membership
 * ({@link StaffPrincipal#LANDELIJK_LOKET}) is stored as the flag {@code medewerker.landelijk_loket}, always as medewerker.
 */
public final class AccountRepository {
    private static final String COLUMNS = "id, email, naam, beheerder, wachtwoord_hash, totp_geheim, actief, landelijk_loket";

    private final DbClient db;

    public AccountRepository(DbClient db) {
        this.db = db;
    }

    public Optional<Account> findByEmail(String email) {
        return db.execute().get("SELECT " + COLUMNS + " FROM medewerker WHERE email = ?", email).map(this::account);
    }

    public Optional<Account> find(long id) {
        return db.execute().get("SELECT " + COLUMNS + " FROM medewerker WHERE id = ?", id).map(this::account);
    }

    /** All accounts, or only those with a membership in one of {@code swvs}. */
    public List<Account> list(Optional<java.util.Set<String>> swvs) {
        return db.execute().query("SELECT " + COLUMNS + " FROM medewerker ORDER BY naam, id")
                .map(this::account)
                .filter(a -> swvs.isEmpty() || a.swvRollen().keySet().stream().anyMatch(swvs.get()::contains))
                .toList();
    }

    /** Creates the account with its memberships; the caller checks first that the e-mail address is free. */
    public long create(DbExecute tx, String email, String naam, boolean beheerder, Map<String, Rol> rollen, Instant now) {
        tx.insert("INSERT INTO medewerker (email, naam, beheerder, actief, aangemaakt_op) VALUES (?, ?, ?, TRUE, ?)",
                  email, naam, beheerder, time(now));
        long id = Rows.longValue(tx.get("SELECT id FROM medewerker WHERE email = ?", email).orElseThrow(), "id");
        rollen.forEach((swv, rol) -> setMembership(tx, id, swv, rol));
        return id;
    }

    public void setMembership(DbExecute tx, long id, String swv, Rol rol) {
        if (StaffPrincipal.LANDELIJK_LOKET.equals(swv)) {
            tx.update("UPDATE medewerker SET landelijk_loket = TRUE WHERE id = ?", id);
            return;
        }
        tx.delete("DELETE FROM medewerker_swv WHERE medewerker_id = ? AND swv_code = ?", id, swv);
        tx.insert("INSERT INTO medewerker_swv (medewerker_id, swv_code, rol) VALUES (?, ?, ?)", id, swv, rol.code());
    }

    public void removeMembership(DbExecute tx, long id, String swv) {
        if (StaffPrincipal.LANDELIJK_LOKET.equals(swv)) {
            tx.update("UPDATE medewerker SET landelijk_loket = FALSE WHERE id = ?", id);
            return;
        }
        tx.delete("DELETE FROM medewerker_swv WHERE medewerker_id = ? AND swv_code = ?", id, swv);
    }

    public void deactivate(DbExecute tx, long id) {
        tx.update("UPDATE medewerker SET actief = FALSE WHERE id = ?", id);
        tx.delete("DELETE FROM wachtwoord_token WHERE medewerker_id = ?", id);
    }

    public void setPassword(DbExecute tx, long id, String phc) {
        tx.update("UPDATE medewerker SET wachtwoord_hash = ? WHERE id = ?", phc, id);
    }

    public void updatePasswordHash(long id, String phc) {
        db.execute().update("UPDATE medewerker SET wachtwoord_hash = ? WHERE id = ?", phc, id);
    }

    /** A new TOTP secret (or none): the used-step memory starts over. */
    public void setTotp(DbExecute tx, long id, Optional<String> secret) {
        if (secret.isPresent()) {
            tx.update("UPDATE medewerker SET totp_geheim = ?, totp_laatste_stap = 0 WHERE id = ?", secret.get(), id);
        } else {
            tx.update("UPDATE medewerker SET totp_geheim = NULL, totp_laatste_stap = 0 WHERE id = ?", id);
        }
    }

    /** Accepts a TOTP time step once: true only if no equal or later step was accepted before (atomic). */
    public boolean acceptTotpStep(long id, long step) {
        return db.execute().update("UPDATE medewerker SET totp_laatste_stap = ? WHERE id = ? AND "
                                           + "(totp_laatste_stap IS NULL OR totp_laatste_stap < ?)", step, id, step) == 1;
    }

    /** Stores a new one-time password token, replacing earlier ones of the account. */
    public void storePasswordToken(DbExecute tx, long id, String tokenHash, Instant expires) {
        tx.delete("DELETE FROM wachtwoord_token WHERE medewerker_id = ?", id);
        tx.insert("INSERT INTO wachtwoord_token (token_hash, medewerker_id, verloopt_op) VALUES (?, ?, ?)",
                  tokenHash, id, time(expires));
    }

    /** The account a still valid token belongs to; the token is used up by this call (only one caller wins). */
    public Optional<Long> consumePasswordToken(DbExecute tx, String tokenHash, Instant now) {
        Optional<DbRow> row = tx.get("SELECT medewerker_id, verloopt_op FROM wachtwoord_token WHERE token_hash = ?",
                                     tokenHash);
        if (row.isEmpty() || tx.delete("DELETE FROM wachtwoord_token WHERE token_hash = ?", tokenHash) != 1) {
            return Optional.empty();
        }
        if (!Rows.instant(row.get(), "verloopt_op").isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Rows.longValue(row.get(), "medewerker_id"));
    }

    private Account account(DbRow row) {
        long id = Rows.longValue(row, "id");
        return new Account(id, Rows.string(row, "email"), Rows.string(row, "naam"), Rows.bool(row, "beheerder"),
                           Rows.optionalString(row, "wachtwoord_hash"), Rows.optionalString(row, "totp_geheim"),
                           Rows.bool(row, "actief"), memberships(id, Rows.bool(row, "landelijk_loket")));
    }

    private Map<String, Rol> memberships(long id, boolean landelijkLoket) {
        Map<String, Rol> result = new TreeMap<>();
        if (landelijkLoket) {
            result.put(StaffPrincipal.LANDELIJK_LOKET, Rol.MEDEWERKER);
        }
        db.execute().query("SELECT swv_code, rol FROM medewerker_swv WHERE medewerker_id = ?", id)
                .forEach(row -> result.put(Rows.string(row, "swv_code"),
                                           Rol.parse(Rows.string(row, "rol")).orElseThrow()));
        return new LinkedHashMap<>(result);
    }

    static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
