package nl.passendwijzer.server.staff;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbRow;
import nl.passendwijzer.server.db.Rows;

/** Reply templates; every statement names the SWV, so a template of another SWV is simply not found. */
public final class SjabloonRepository {
    private final DbClient db;

    public SjabloonRepository(DbClient db) {
        this.db = db;
    }

    public record Sjabloon(String id, String swv, String titel, String tekst, Instant gewijzigdOp) {
    }

    public List<Sjabloon> list(String swv) {
        return db.execute().query("SELECT id, swv_code, titel, tekst, gewijzigd_op FROM antwoord_sjabloon WHERE swv_code = ? "
                                          + "ORDER BY titel, id", swv).map(SjabloonRepository::sjabloon).toList();
    }

    public Optional<Sjabloon> find(String swv, String id) {
        return db.execute().get("SELECT id, swv_code, titel, tekst, gewijzigd_op FROM antwoord_sjabloon "
                                        + "WHERE swv_code = ? AND id = ?", swv, id).map(SjabloonRepository::sjabloon);
    }

    public Sjabloon create(String swv, String titel, String tekst, Instant now) {
        String id = UUID.randomUUID().toString();
        db.execute().insert("INSERT INTO antwoord_sjabloon (id, swv_code, titel, tekst, gewijzigd_op) VALUES (?, ?, ?, ?, ?)",
                            id, swv, titel, tekst, now.atOffset(ZoneOffset.UTC));
        return new Sjabloon(id, swv, titel, tekst, now);
    }

    public boolean update(String swv, String id, String titel, String tekst, Instant now) {
        return db.execute().update("UPDATE antwoord_sjabloon SET titel = ?, tekst = ?, gewijzigd_op = ? "
                                           + "WHERE swv_code = ? AND id = ?",
                                   titel, tekst, now.atOffset(ZoneOffset.UTC), swv, id) == 1;
    }

    public boolean delete(String swv, String id) {
        return db.execute().delete("DELETE FROM antwoord_sjabloon WHERE swv_code = ? AND id = ?", swv, id) == 1;
    }

    private static Sjabloon sjabloon(DbRow row) {
        return new Sjabloon(Rows.string(row, "id"), Rows.string(row, "swv_code"), Rows.string(row, "titel"),
                            Rows.string(row, "tekst"), Rows.instant(row, "gewijzigd_op"));
    }
}
