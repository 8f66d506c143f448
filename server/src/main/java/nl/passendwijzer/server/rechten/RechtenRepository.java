package nl.passendwijzer.server.rechten;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbRow;
import nl.passendwijzer.server.db.Rows;
import nl.passendwijzer.server.http.Json;

/** SQL for the rights articles. */
public final class RechtenRepository {
    private static final String LIST_COLUMNS = "slug, doelgroep, titel, samenvatting, status, onderwerpen";
    private static final String ALL_COLUMNS = LIST_COLUMNS + ", gerelateerd, bronnen, laatst_gecontroleerd, html, secties";

    private final DbClient db;

    public RechtenRepository(DbClient db) {
        this.db = db;
    }

    public List<ArtikelRecord> all() {
        return db.execute().query("SELECT " + ALL_COLUMNS + " FROM rechten_artikel ORDER BY slug, doelgroep")
                .map(RechtenRepository::full).toList();
    }

    public Optional<ArtikelRecord> find(String slug, String doelgroep) {
        return db.execute().get("SELECT " + ALL_COLUMNS + " FROM rechten_artikel WHERE slug = ? AND doelgroep = ?",
                                slug, doelgroep).map(RechtenRepository::full);
    }

    public Optional<String> titel(String slug, String doelgroep) {
        return db.execute().get("SELECT titel FROM rechten_artikel WHERE slug = ? AND doelgroep = ?", slug, doelgroep)
                .map(row -> Rows.string(row, "titel"));
    }

    private static ArtikelRecord full(DbRow row) {
        Object date = row.column("laatst_gecontroleerd").get();
        LocalDate checked = date instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) date;
        return new ArtikelRecord(Rows.string(row, "slug"), Rows.string(row, "doelgroep"), Rows.string(row, "titel"),
                                 Rows.string(row, "samenvatting"), Rows.string(row, "status"),
                                 Json.readStrings(Rows.string(row, "onderwerpen")),
                                 Json.readStrings(Rows.string(row, "gerelateerd")),
                                 List.of(Json.read(Rows.string(row, "bronnen"), RechtenLoader.StoredBron[].class)),
                                 checked, Rows.string(row, "html"),
                                 List.of(Json.read(Rows.string(row, "secties"), RechtenLoader.StoredSectie[].class)));
    }

    /** A stored article. */
    public record ArtikelRecord(String slug, String doelgroep, String titel, String samenvatting, String status,
                                List<String> onderwerpen, List<String> gerelateerd,
                                List<RechtenLoader.StoredBron> bronnen, LocalDate laatstGecontroleerd, String html,
                                List<RechtenLoader.StoredSectie> secties) {
    }
}
