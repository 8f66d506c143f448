package nl.passendwijzer.server.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import io.helidon.dbclient.DbTransaction;
import nl.passendwijzer.server.db.Rows;

/**
 * SQL for questions, their messages and audit trail. Methods that change data take a {@link DbExecute} so callers
 * (intake, staff) can compose several changes in one transaction with {@link #inTransaction(Function)}; every change
 * of state writes an audit row in the same transaction.
 */
public final class VraagRepository {
    private static final String COLUMNS = "id, referentie, status, swv_code, rol, leeftijdsband, naam, email, telefoon, "
            + "voorkeurskanaal, sector, leeftijd, huidige_school_id, aangemelde_school_id, pc4, categorie, tekst, "
            + "thuiszitten, urgent, aanmelddatum, toestemming_versie, routering_regel, routering_reden, "
            + "routering_alternatieven, regio_versie, suggesties, ingediend_op, gewijzigd_op, antwoord_voor, "
            + "eerste_antwoord_op, zorgplicht_besluit_voor, zorgplicht_uiterlijk_voor, gesloten_op, geanonimiseerd_op, "
            + "verwijderd_op";

    private final DbClient db;

    public VraagRepository(DbClient db) {
        this.db = db;
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(Function<DbTransaction, T> work) {
        DbTransaction tx = db.transaction();
        T result;
        try {
            result = work.apply(tx);
        } catch (RuntimeException e) {
            tx.rollback();
            throw e;
        }
        tx.commit();
        return result;
    }

    /** A question to store; all validation and routing has happened before. */
    public record Invoer(String referentie, String volgcodeHash, String swvCode, String rol, String leeftijdsband,
                         String naam, String email, String telefoon, String voorkeurskanaal, String sector,
                         Integer leeftijd, String huidigeSchoolId, String aangemeldeSchoolId, String pc4,
                         String categorie, String tekst, boolean thuiszitten, boolean urgent, LocalDate aanmelddatum,
                         String toestemmingVersie, Vraag.Routering routering, List<String> suggesties,
                         OffsetDateTime ingediendOp, LocalDate antwoordVoor, LocalDate zorgplichtBesluitVoor,
                         LocalDate zorgplichtUiterlijkVoor) {
    }

    /** Inserts a new question (status nieuw) with its audit row; returns its id. */
    public long insert(DbExecute tx, Invoer v) {
        tx.insert("INSERT INTO vraag (referentie, volgcode_hash, status, swv_code, rol, leeftijdsband, naam, email, "
                          + "telefoon, voorkeurskanaal, sector, leeftijd, huidige_school_id, aangemelde_school_id, pc4, "
                          + "categorie, tekst, thuiszitten, urgent, aanmelddatum, toestemming_versie, routering_regel, "
                          + "routering_reden, routering_alternatieven, regio_versie, suggesties, ingediend_op, "
                          + "gewijzigd_op, antwoord_voor, zorgplicht_besluit_voor, zorgplicht_uiterlijk_voor) "
                          + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  v.referentie(), v.volgcodeHash(), VraagStatus.NIEUW.code(), v.swvCode(), v.rol(), v.leeftijdsband(),
                  v.naam(), v.email(), v.telefoon(), v.voorkeurskanaal(), v.sector(), v.leeftijd(),
                  v.huidigeSchoolId(), v.aangemeldeSchoolId(), v.pc4(), v.categorie(), v.tekst(), v.thuiszitten(),
                  v.urgent(), v.aanmelddatum(), v.toestemmingVersie(), v.routering().regel(), v.routering().reden(),
                  String.join(",", v.routering().alternatieven()), v.routering().regioVersie(),
                  String.join(",", v.suggesties()), v.ingediendOp(), v.ingediendOp(), v.antwoordVoor(),
                  v.zorgplichtBesluitVoor(), v.zorgplichtUiterlijkVoor());
        long id = Rows.longValue(tx.get("SELECT id FROM vraag WHERE referentie = ?", v.referentie()).orElseThrow(), "id");
        audit(tx, id, "ingediend", AuditRegel.ACTOR_VRAGER,
              "routering " + v.routering().regel() + " naar " + (v.swvCode() == null ? "landelijk loket" : v.swvCode()),
              v.ingediendOp());
        return id;
    }

    public boolean referentieBestaat(String referentie) {
        return db.execute().get("SELECT id FROM vraag WHERE referentie = ?", referentie).isPresent();
    }

    public Optional<Vraag> find(long id) {
        return db.execute().get("SELECT " + COLUMNS + " FROM vraag WHERE id = ?", id).map(VraagRepository::vraag);
    }

    public Optional<Vraag> findByReferentie(String referentie) {
        return db.execute().get("SELECT " + COLUMNS + " FROM vraag WHERE referentie = ?", referentie)
                .map(VraagRepository::vraag);
    }

    /**
     * The question only if it belongs to the given samenwerkingsverband; {@code swvCode} empty means the landelijk
     * loket queue (swv_code IS NULL). Anything else is empty, so callers answer 404 (no IDOR).
     */
    public Optional<Vraag> findForSwv(long id, Optional<String> swvCode) {
        return swvCode.isPresent()
                ? db.execute().get("SELECT " + COLUMNS + " FROM vraag WHERE id = ? AND swv_code = ?", id, swvCode.get())
                        .map(VraagRepository::vraag)
                : db.execute().get("SELECT " + COLUMNS + " FROM vraag WHERE id = ? AND swv_code IS NULL", id)
                        .map(VraagRepository::vraag);
    }

    /** The volgcode hash of a question that can still be opened by its asker. */
    public Optional<VolgcodeRij> volgcode(String referentie) {
        return db.execute().get("SELECT id, volgcode_hash FROM vraag WHERE referentie = ? AND volgcode_hash IS NOT NULL",
                                referentie)
                .map(row -> new VolgcodeRij(Rows.longValue(row, "id"), Rows.string(row, "volgcode_hash")));
    }

    /** Id and volgcode hash of a question. */
    public record VolgcodeRij(long id, String volgcodeHash) {
    }

    /** Messages oldest first; with {@code metNotities} false the internal notes are left out. */
    public List<Bericht> berichten(long vraagId, boolean metNotities) {
        String sql = "SELECT id, vraag_id, soort, tekst, auteur, geplaatst_op FROM vraag_bericht WHERE vraag_id = ?"
                + (metNotities ? "" : " AND soort <> 'notitie'") + " ORDER BY geplaatst_op, id";
        return db.execute().query(sql, vraagId)
                .map(row -> new Bericht(Rows.longValue(row, "id"), Rows.longValue(row, "vraag_id"),
                                        BerichtSoort.parse(Rows.string(row, "soort")).orElseThrow(),
                                        Rows.string(row, "tekst"), Rows.optionalString(row, "auteur"),
                                        Rows.instant(row, "geplaatst_op")))
                .toList();
    }

    /**
     * Adds a message with its audit row. The first {@code antwoord} sets {@code eerste_antwoord_op}. Status changes
     * that belong with it (e.g. to beantwoord) are the caller's choice via {@link #changeStatus}.
     */
    public long addBericht(DbExecute tx, long vraagId, BerichtSoort soort, String tekst, String actor, OffsetDateTime op) {
        String auteur = soort == BerichtSoort.VRAGER ? null : actor;
        tx.insert("INSERT INTO vraag_bericht (vraag_id, soort, tekst, auteur, geplaatst_op) VALUES (?, ?, ?, ?, ?)",
                  vraagId, soort.code(), tekst, auteur, op);
        if (soort == BerichtSoort.ANTWOORD) {
            tx.update("UPDATE vraag SET eerste_antwoord_op = ? WHERE id = ? AND eerste_antwoord_op IS NULL", op, vraagId);
        }
        tx.update("UPDATE vraag SET gewijzigd_op = ? WHERE id = ?", op, vraagId);
        audit(tx, vraagId, "bericht-" + soort.code(), actor, null, op);
        return tx.query("SELECT MAX(id) AS id FROM vraag_bericht WHERE vraag_id = ?", vraagId)
                .map(row -> Rows.longValue(row, "id")).findFirst().orElseThrow();
    }

    /**
     * Moves a question to a new status (with audit). Closing sets {@code gesloten_op}, which starts the retention
     * clock; reopening clears it. Returns false when the question does not exist or is erased.
     */
    public boolean changeStatus(DbExecute tx, long vraagId, VraagStatus nieuw, String actor, OffsetDateTime op) {
        Optional<String> oud = tx.get("SELECT status FROM vraag WHERE id = ? AND verwijderd_op IS NULL", vraagId)
                .map(row -> Rows.string(row, "status"));
        if (oud.isEmpty()) {
            return false;
        }
        tx.update("UPDATE vraag SET status = ?, gewijzigd_op = ?, gesloten_op = ? WHERE id = ?",
                  nieuw.code(), op, nieuw.afgesloten() ? op : null, vraagId);
        audit(tx, vraagId, "status", actor, oud.get() + " -> " + nieuw.code(), op);
        return true;
    }

    /** Transfers a question to another SWV (or the landelijk loket when empty), audited. */
    public boolean changeSwv(DbExecute tx, long vraagId, Optional<String> swvCode, String actor, String reden,
                             OffsetDateTime op) {
        Optional<String> oud = tx.get("SELECT swv_code FROM vraag WHERE id = ? AND verwijderd_op IS NULL", vraagId)
                .map(row -> Rows.optionalString(row, "swv_code").orElse("landelijk"));
        if (oud.isEmpty()) {
            return false;
        }
        tx.update("UPDATE vraag SET swv_code = ?, gewijzigd_op = ? WHERE id = ?", swvCode.orElse(null), op, vraagId);
        audit(tx, vraagId, "doorgestuurd", actor,
              truncate(oud.get() + " -> " + swvCode.orElse("landelijk") + (reden == null ? "" : ": " + reden), 500), op);
        return true;
    }

    /** Appends an audit row. {@code detail} must never hold question or answer text or contact data. */
    public void audit(DbExecute tx, long vraagId, String actie, String actor, String detail, OffsetDateTime op) {
        tx.insert("INSERT INTO vraag_audit (vraag_id, actie, actor, detail, op) VALUES (?, ?, ?, ?, ?)",
                  vraagId, actie, actor, detail, op);
    }

    public List<AuditRegel> audit(long vraagId) {
        return db.execute().query("SELECT id, vraag_id, actie, actor, detail, op FROM vraag_audit WHERE vraag_id = ? "
                                          + "ORDER BY id", vraagId)
                .map(row -> new AuditRegel(Rows.longValue(row, "id"), Rows.longValue(row, "vraag_id"),
                                           Rows.string(row, "actie"), Rows.string(row, "actor"),
                                           Rows.optionalString(row, "detail"), Rows.instant(row, "op")))
                .toList();
    }

    /**
     * Erases all personal data of a question and its messages, keeping an anonymous tombstone (categorie, sector,
     * swv, routing rule, dates, status). {@code ingetrokken}: withdrawn by the asker (status ingetrokken,
     * verwijderd_op); otherwise anonymised after the retention period (status kept, geanonimiseerd_op).
     * Idempotent: an already erased question is left alone and false is returned.
     */
    public boolean erase(DbExecute tx, long vraagId, boolean ingetrokken, String actor, OffsetDateTime op) {
        Optional<DbRow> row = tx.get("SELECT status FROM vraag WHERE id = ? AND verwijderd_op IS NULL "
                                             + "AND geanonimiseerd_op IS NULL", vraagId);
        if (row.isEmpty()) {
            return false;
        }
        tx.delete("DELETE FROM vraag_bericht WHERE vraag_id = ?", vraagId);
        tx.delete("DELETE FROM idempotentie WHERE vraag_id = ?", vraagId);
        tx.update("UPDATE outbox SET ontvanger = NULL, status = CASE WHEN status = 'wachtend' THEN 'vervallen' "
                          + "ELSE status END WHERE vraag_id = ?", vraagId);
        String wis = "volgcode_hash = NULL, naam = NULL, email = NULL, telefoon = NULL, leeftijdsband = NULL, "
                + "leeftijd = NULL, huidige_school_id = NULL, aangemelde_school_id = NULL, pc4 = NULL, tekst = NULL, "
                + "aanmelddatum = NULL, gewijzigd_op = ?";
        if (ingetrokken) {
            tx.update("UPDATE vraag SET " + wis + ", status = ?, verwijderd_op = ?, gesloten_op = COALESCE(gesloten_op, ?) "
                              + "WHERE id = ?", op, VraagStatus.INGETROKKEN.code(), op, op, vraagId);
            audit(tx, vraagId, "ingetrokken-en-gewist", actor, "was " + Rows.string(row.get(), "status"), op);
        } else {
            tx.update("UPDATE vraag SET " + wis + ", geanonimiseerd_op = ? WHERE id = ?", op, op, vraagId);
            audit(tx, vraagId, "geanonimiseerd", actor, "bewaartermijn verstreken", op);
        }
        return true;
    }

    /** Ids of closed questions whose personal data is due for anonymisation. */
    public List<Long> dueForAnonymisation(OffsetDateTime geslotenVoor, int max) {
        return db.execute().query("SELECT id FROM vraag WHERE gesloten_op IS NOT NULL AND gesloten_op < ? "
                                          + "AND geanonimiseerd_op IS NULL AND verwijderd_op IS NULL ORDER BY id",
                                  geslotenVoor)
                .limit(max)
                .map(row -> Rows.longValue(row, "id"))
                .toList();
    }

    public long count() {
        return db.execute().query("SELECT COUNT(*) AS n FROM vraag").map(row -> Rows.longValue(row, "n"))
                .findFirst().orElse(0L);
    }

    static Vraag vraag(DbRow row) {
        return new Vraag(Rows.longValue(row, "id"),
                         Rows.string(row, "referentie"),
                         VraagStatus.of(Rows.string(row, "status")),
                         Rows.optionalString(row, "swv_code"),
                         Rows.string(row, "rol"),
                         Rows.optionalString(row, "leeftijdsband"),
                         Rows.optionalString(row, "naam"),
                         Rows.optionalString(row, "email"),
                         Rows.optionalString(row, "telefoon"),
                         Rows.string(row, "voorkeurskanaal"),
                         Rows.string(row, "sector"),
                         Rows.optionalInteger(row, "leeftijd"),
                         Rows.optionalString(row, "huidige_school_id"),
                         Rows.optionalString(row, "aangemelde_school_id"),
                         Rows.optionalString(row, "pc4").map(String::trim),
                         Rows.string(row, "categorie"),
                         Rows.optionalString(row, "tekst"),
                         Rows.bool(row, "thuiszitten"),
                         Rows.bool(row, "urgent"),
                         optionalDate(row, "aanmelddatum"),
                         Rows.string(row, "toestemming_versie"),
                         new Vraag.Routering(Rows.string(row, "routering_regel"), Rows.string(row, "routering_reden"),
                                             list(Rows.string(row, "routering_alternatieven")),
                                             Rows.string(row, "regio_versie")),
                         list(Rows.string(row, "suggesties")),
                         Rows.instant(row, "ingediend_op"),
                         Rows.instant(row, "gewijzigd_op"),
                         optionalDate(row, "antwoord_voor").orElseThrow(),
                         Rows.optionalInstant(row, "eerste_antwoord_op"),
                         optionalDate(row, "zorgplicht_besluit_voor"),
                         optionalDate(row, "zorgplicht_uiterlijk_voor"),
                         Rows.optionalInstant(row, "gesloten_op"),
                         Rows.optionalInstant(row, "geanonimiseerd_op"),
                         Rows.optionalInstant(row, "verwijderd_op"));
    }

    /** DATE columns arrive as java.sql.Date or LocalDate depending on the driver. */
    public static Optional<LocalDate> optionalDate(DbRow row, String column) {
        Object value = row.column(column).asOptional().orElse(null);
        return switch (value) {
            case null -> Optional.empty();
            case LocalDate d -> Optional.of(d);
            case java.sql.Date d -> Optional.of(d.toLocalDate());
            case java.sql.Timestamp ts -> Optional.of(ts.toLocalDateTime().toLocalDate());
            case java.time.LocalDateTime ldt -> Optional.of(ldt.toLocalDate());
            case Instant i -> Optional.of(i.atOffset(ZoneOffset.UTC).toLocalDate());
            default -> throw new IllegalStateException(column + " is not a date: " + value.getClass());
        };
    }

    private static List<String> list(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
