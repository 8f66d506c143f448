package nl.passendwijzer.server.intake;

import java.util.List;
import java.util.Optional;

import io.helidon.dbclient.DbClient;
import nl.passendwijzer.server.db.Rows;
import nl.passendwijzer.server.routing.SchoolInfo;

/** Reads what routing needs of a school site from the {@code school} and {@code school_swv} tables. */
public final class SchoolLookup {
    private final DbClient db;

    public SchoolLookup(DbClient db) {
        this.db = db;
    }

    public Optional<SchoolInfo> find(String id) {
        return db.execute().get("SELECT id, naam, soort FROM school WHERE id = ?", id)
                .map(row -> new SchoolInfo(Rows.string(row, "id"), Rows.string(row, "naam"), Rows.string(row, "soort"),
                                           swvCodes(id)));
    }

    private List<String> swvCodes(String id) {
        return db.execute().query("SELECT swv_code FROM school_swv WHERE school_id = ? ORDER BY swv_code", id)
                .map(row -> Rows.string(row, "swv_code"))
                .toList();
    }
}
