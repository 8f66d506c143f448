package nl.passendwijzer.server.scholen;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbRow;
import nl.passendwijzer.server.db.Rows;
import nl.passendwijzer.server.http.Json;

/** SQL for schools, their documents, sections and support profiles. */
public final class SchoolRepository {
    private static final String SCHOOL_COLUMNS = "id, naam, soort, niveaus, denominatie, straat, postcode, pc4, plaats, "
            + "gemeente, lat, lon, website, fictief";
    private static final String DOCUMENT_COLUMNS = "id, school_id, soort, formaat, schooljaar, vastgesteld_op, bron_pad, "
            + "sha256, geupload_door";

    private final DbClient db;

    public SchoolRepository(DbClient db) {
        this.db = db;
    }

    public Optional<SchoolRecord> find(String id) {
        return db.execute().get("SELECT " + SCHOOL_COLUMNS + " FROM school WHERE id = ?", id).map(this::school);
    }

    public List<SchoolRecord> all() {
        return db.execute().query("SELECT " + SCHOOL_COLUMNS + " FROM school ORDER BY id").map(this::school).toList();
    }

    /** Schools whose name contains the text (case-insensitive), shortest names first. */
    public List<SchoolRecord> searchByName(String text, int limit) {
        String pattern = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%";
        return db.execute().query("SELECT " + SCHOOL_COLUMNS + " FROM school WHERE LOWER(naam) LIKE ? ESCAPE '\\' "
                                          + "ORDER BY LENGTH(naam), naam LIMIT " + limit, pattern)
                .map(this::school).toList();
    }

    public List<String> swvCodes(String schoolId) {
        return db.execute().query("SELECT swv_code FROM school_swv WHERE school_id = ? ORDER BY swv_code", schoolId)
                .map(row -> Rows.string(row, "swv_code")).toList();
    }

    /** The newest support profile of a school. */
    public Optional<ProfielRecord> newestProfiel(String schoolId) {
        return db.execute().get("SELECT school_id, schooljaar, document_id, vastgesteld_op, mr_advies, basisondersteuning, "
                                        + "gebieden, voorzieningen, teamrollen, grenzen FROM ondersteuningsprofiel "
                                        + "WHERE school_id = ? ORDER BY schooljaar DESC LIMIT 1", schoolId)
                .map(SchoolRepository::profiel);
    }

    /** The newest document of a kind ("sop" or "schoolgids") of a school. */
    public Optional<DocumentRecord> newestDocument(String schoolId, String soort) {
        return db.execute().get("SELECT " + DOCUMENT_COLUMNS + " FROM school_document WHERE school_id = ? AND soort = ? "
                                        + "ORDER BY schooljaar DESC LIMIT 1", schoolId, soort)
                .map(SchoolRepository::document);
    }

    public Optional<DocumentRecord> document(String id) {
        return db.execute().get("SELECT " + DOCUMENT_COLUMNS + " FROM school_document WHERE id = ?", id)
                .map(SchoolRepository::document);
    }

    public List<DocumentRecord> allDocuments() {
        return db.execute().query("SELECT " + DOCUMENT_COLUMNS + " FROM school_document ORDER BY id")
                .map(SchoolRepository::document).toList();
    }

    /** The stored bytes of an uploaded document (bundled ones are read from the jar). */
    public Optional<byte[]> uploadedContent(String id) {
        return db.execute().get("SELECT inhoud FROM school_document WHERE id = ?", id)
                .flatMap(row -> row.column("inhoud").asOptional())
                .map(value -> (byte[]) value);
    }

    public List<SectieRecord> secties(String documentId) {
        return db.execute().query("SELECT document_id, volgnummer, kop_pad, tekst, pagina, anker FROM document_sectie "
                                          + "WHERE document_id = ? ORDER BY volgnummer", documentId)
                .map(SchoolRepository::sectie).toList();
    }

    private SchoolRecord school(DbRow row) {
        String niveaus = Rows.optionalString(row, "niveaus").orElse("");
        return new SchoolRecord(Rows.string(row, "id"), Rows.string(row, "naam"), Rows.string(row, "soort"),
                                niveaus.isBlank() ? List.of() : Arrays.asList(niveaus.split(",")),
                                Rows.optionalString(row, "denominatie").orElse(""),
                                Rows.optionalString(row, "straat").orElse(""),
                                Rows.optionalString(row, "postcode").orElse(""),
                                Rows.optionalString(row, "pc4").map(String::trim).orElse(""),
                                Rows.optionalString(row, "plaats").orElse(""),
                                Rows.optionalString(row, "gemeente").orElse(""),
                                Rows.optionalDouble(row, "lat"), Rows.optionalDouble(row, "lon"),
                                Rows.optionalString(row, "website"), Rows.bool(row, "fictief"));
    }

    private static ProfielRecord profiel(DbRow row) {
        return new ProfielRecord(Rows.string(row, "school_id"), Rows.string(row, "schooljaar"),
                                 Rows.string(row, "document_id"), date(row, "vastgesteld_op").orElseThrow(),
                                 Rows.string(row, "mr_advies"),
                                 Json.readStrings(Rows.string(row, "basisondersteuning")),
                                 List.of(Json.read(Rows.string(row, "gebieden"), ScholenLoader.StoredGebied[].class)),
                                 Json.readStrings(Rows.string(row, "voorzieningen")),
                                 Json.readStrings(Rows.string(row, "teamrollen")),
                                 Json.readStrings(Rows.string(row, "grenzen")));
    }

    private static DocumentRecord document(DbRow row) {
        return new DocumentRecord(Rows.string(row, "id"), Rows.string(row, "school_id"), Rows.string(row, "soort"),
                                  Rows.string(row, "formaat"), Rows.string(row, "schooljaar"),
                                  date(row, "vastgesteld_op"), Rows.optionalString(row, "bron_pad"),
                                  Rows.string(row, "sha256"), Rows.optionalString(row, "geupload_door").isPresent());
    }

    private static SectieRecord sectie(DbRow row) {
        return new SectieRecord(Rows.string(row, "document_id"), Rows.integer(row, "volgnummer"),
                                Json.readStrings(Rows.string(row, "kop_pad")), Rows.string(row, "tekst"),
                                Rows.optionalInteger(row, "pagina"), Rows.optionalString(row, "anker"));
    }

    private static Optional<LocalDate> date(DbRow row, String column) {
        return row.column(column).asOptional().map(v -> v instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) v);
    }

    /** A school site as stored. */
    public record SchoolRecord(String id, String naam, String soort, List<String> niveaus, String denominatie,
                               String straat, String postcode, String pc4, String plaats, String gemeente,
                               Optional<Double> lat, Optional<Double> lon, Optional<String> website, boolean fictief) {
    }

    /** The structured support profile. */
    public record ProfielRecord(String schoolId, String schooljaar, String documentId, LocalDate vastgesteldOp,
                                String mrAdvies, List<String> basisondersteuning,
                                List<ScholenLoader.StoredGebied> gebieden, List<String> voorzieningen,
                                List<String> teamrollen, List<String> grenzen) {
    }

    /** A document's metadata. */
    public record DocumentRecord(String id, String schoolId, String soort, String formaat, String schooljaar,
                                 Optional<LocalDate> vastgesteldOp, Optional<String> bronPad, String sha256,
                                 boolean uploaded) {
    }

    /** One section of a document. */
    public record SectieRecord(String documentId, int volgnummer, List<String> kopPad, String tekst,
                               Optional<Integer> pagina, Optional<String> anker) {
    }
}
