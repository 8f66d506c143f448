package nl.passendwijzer.server.regio;

import java.util.List;
import java.util.Optional;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbRow;
import nl.passendwijzer.server.db.Rows;

/** SQL for samenwerkingsverbanden, their gemeenten, informatiepunten and the PC4 table. */
public final class SwvRepository {
    private static final String SWV_COLUMNS = "s.code, s.sector, s.naam, s.naam_afgeleid, s.pc4_aantal, "
            + "s.antwoordtermijn_werkdagen, i.naam AS ip_naam, i.email, i.telefoon, i.website, i.openingstijden, "
            + "i.placeholder FROM samenwerkingsverband s JOIN informatiepunt i ON i.swv_code = s.code";

    private final DbClient db;

    public SwvRepository(DbClient db) {
        this.db = db;
    }

    public Optional<Pc4Regio> findPc4(String pc4) {
        return db.execute().get("SELECT pc4, gemeente, po_swv_bron, vo_swv_bron FROM pc4_regio WHERE pc4 = ?", pc4)
                .map(row -> new Pc4Regio(Rows.string(row, "pc4").trim(), Rows.string(row, "gemeente"),
                                         Rows.string(row, "po_swv_bron"), Rows.string(row, "vo_swv_bron")));
    }

    public Optional<SwvRecord> find(String code) {
        return db.execute().get("SELECT " + SWV_COLUMNS + " WHERE s.code = ?", code).map(this::swv);
    }

    public List<SwvRecord> all() {
        return db.execute().query("SELECT " + SWV_COLUMNS + " ORDER BY s.code").map(this::swv).toList();
    }

    public List<String> gemeenten(String code) {
        return db.execute().query("SELECT gemeente FROM swv_gemeente WHERE swv_code = ? ORDER BY gemeente", code)
                .map(row -> Rows.string(row, "gemeente"))
                .toList();
    }

    private SwvRecord swv(DbRow row) {
        return new SwvRecord(Rows.string(row, "code"),
                             Rows.string(row, "sector"),
                             Rows.string(row, "naam"),
                             Rows.bool(row, "naam_afgeleid"),
                             Rows.integer(row, "pc4_aantal"),
                             Rows.integer(row, "antwoordtermijn_werkdagen"),
                             new Informatiepunt(optional(row, "ip_naam"), optional(row, "email"),
                                                optional(row, "telefoon"), optional(row, "website"),
                                                optional(row, "openingstijden"), Rows.bool(row, "placeholder")));
    }

    private static Optional<String> optional(DbRow row, String column) {
        return Rows.optionalString(row, column);
    }

    /** One row of the regio-indeling as stored. */
    public record Pc4Regio(String pc4, String gemeente, String poSwvBron, String voSwvBron) {
    }

    /** A samenwerkingsverband with its informatiepunt. */
    public record SwvRecord(String code, String sector, String naam, boolean naamAfgeleid, int pc4Aantal,
                            int antwoordtermijnWerkdagen, Informatiepunt informatiepunt) {
    }

    /** Contact data of an informatiepunt; empty while {@code placeholder}. */
    public record Informatiepunt(Optional<String> naam, Optional<String> email, Optional<String> telefoon,
                                 Optional<String> website, Optional<String> openingstijden, boolean placeholder) {
    }
}
