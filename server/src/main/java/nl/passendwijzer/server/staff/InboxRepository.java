package nl.passendwijzer.server.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import nl.passendwijzer.server.auth.StaffPrincipal;
import nl.passendwijzer.server.db.Rows;
import nl.passendwijzer.server.intake.VraagRepository;
import nl.passendwijzer.server.intake.VraagStatus;

/**
 * Staff-side SQL on the intake tables: the inbox list (always restricted to the caller's SWVs; the pseudo-SWV
 * {@link StaffPrincipal#LANDELIJK_LOKET} stands for the questions without SWV), assignment, paused
 * answer clocks and the anonymous rows behind the statistics. Question rows themselves come from VraagRepository.
 */
public final class InboxRepository {
    private static final String LIST_COLUMNS = "v.id, v.referentie, v.status, v.swv_code, v.sector, v.categorie, "
            + "v.urgent, v.thuiszitten, v.ingediend_op, v.antwoord_voor, v.eerste_antwoord_op, "
            + "v.zorgplicht_besluit_voor, v.toegewezen_aan, m.naam AS toegewezen_naam";

    private final DbClient db;

    public InboxRepository(DbClient db) {
        this.db = db;
    }

    /** One row of the inbox list: no question text and no contact data. */
    public record Item(long id, String referentie, VraagStatus status, String swv, String sector, String categorie,
                       boolean urgent, boolean thuiszitten, Instant ingediendOp, LocalDate antwoordVoor,
                       Optional<Instant> eersteAntwoordOp, Optional<LocalDate> zorgplichtBesluitVoor,
                       Optional<Long> toegewezenAan, Optional<String> toegewezenNaam) {
    }

    public record Page(long totaal, List<Item> items) {
    }

    public Page list(InboxFilter filter, long caller, LocalDate today) {
        if (filter.swvs().isEmpty()) {
            return new Page(0, List.of());
        }
        List<Object> params = new ArrayList<>();
        List<String> swvs = filter.swvs().stream().filter(c -> !StaffPrincipal.LANDELIJK_LOKET.equals(c)).toList();
        List<String> scope = new ArrayList<>();
        if (!swvs.isEmpty()) {
            scope.add("v.swv_code IN (" + String.join(", ", Collections.nCopies(swvs.size(), "?")) + ")");
            params.addAll(swvs);
        }
        if (swvs.size() < filter.swvs().size()) {
            scope.add("v.swv_code IS NULL");
        }
        StringBuilder where = new StringBuilder(" WHERE (").append(String.join(" OR ", scope)).append(")");
        List<VraagStatus> statussen = filter.statussen().isEmpty()
                ? java.util.Arrays.stream(VraagStatus.values()).filter(s -> s != VraagStatus.INGETROKKEN).toList()
                : filter.statussen();
        where.append(" AND v.status IN (").append(String.join(", ", Collections.nCopies(statussen.size(), "?"))).append(")");
        statussen.forEach(s -> params.add(s.code()));
        filter.categorie().ifPresent(c -> {
            where.append(" AND v.categorie = ?");
            params.add(c);
        });
        filter.urgent().ifPresent(u -> {
            where.append(" AND v.urgent = ?");
            params.add(u);
        });
        String open = " AND v.eerste_antwoord_op IS NULL AND v.status NOT IN ('gesloten', 'ingetrokken')";
        if (filter.teLaat()) {
            where.append(open).append(" AND v.antwoord_voor < ?");
            params.add(today);
        }
        filter.binnenDagen().ifPresent(days -> {
            where.append(open).append(" AND v.antwoord_voor <= ?");
            params.add(today.plusDays(days));
        });
        switch (filter.toewijzing()) {
            case MIJ -> {
                where.append(" AND v.toegewezen_aan = ?");
                params.add(caller);
            }
            case NIEMAND -> where.append(" AND v.toegewezen_aan IS NULL");
            default -> { }
        }
        filter.zoek().ifPresent(text -> {
            String like = "%" + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            where.append(" AND (LOWER(v.tekst) LIKE ? ESCAPE '\\' OR LOWER(v.referentie) LIKE ? ESCAPE '\\' "
                                 + "OR v.id IN (SELECT b.vraag_id FROM vraag_bericht b WHERE LOWER(b.tekst) LIKE ? ESCAPE '\\'))");
            params.add(like);
            params.add(like);
            params.add(like);
        });
        long total = db.execute().get("SELECT COUNT(*) AS n FROM vraag v" + where, params.toArray())
                .map(row -> Rows.longValue(row, "n")).orElse(0L);
        String order = filter.sortering() == InboxFilter.Sortering.NIEUWSTE
                ? " ORDER BY v.ingediend_op DESC, v.id DESC"
                : " ORDER BY v.antwoord_voor ASC, v.urgent DESC, v.ingediend_op ASC, v.id ASC";
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(filter.per());
        pageParams.add((long) (filter.pagina() - 1) * filter.per());
        List<Item> items = db.execute().query("SELECT " + LIST_COLUMNS + " FROM vraag v LEFT JOIN medewerker m "
                                                      + "ON m.id = v.toegewezen_aan" + where + order + " LIMIT ? OFFSET ?",
                                              pageParams.toArray())
                .map(InboxRepository::item)
                .toList();
        return new Page(total, items);
    }

    public Optional<Long> assignee(long vraagId) {
        return db.execute().get("SELECT toegewezen_aan FROM vraag WHERE id = ?", vraagId)
                .flatMap(row -> row.column("toegewezen_aan").asOptional().map(v -> ((Number) v).longValue()));
    }

    public void assign(DbExecute tx, long vraagId, Optional<Long> medewerker) {
        if (medewerker.isPresent()) {
            tx.update("UPDATE vraag SET toegewezen_aan = ? WHERE id = ?", medewerker.get(), vraagId);
        } else {
            tx.update("UPDATE vraag SET toegewezen_aan = NULL WHERE id = ?", vraagId);
        }
    }

    // ---- paused answer clock ------------------------------------------------------------------------------------

    public record Pauze(Instant gepauzeerdOp, Optional<Instant> hervatOp) {
    }

    public void pause(DbExecute tx, long vraagId, OffsetDateTime op) {
        if (tx.get("SELECT id FROM vraag_pauze WHERE vraag_id = ? AND hervat_op IS NULL", vraagId).isEmpty()) {
            tx.insert("INSERT INTO vraag_pauze (vraag_id, gepauzeerd_op) VALUES (?, ?)", vraagId, op);
        }
    }

    /**
     * Ends an open pause at {@code op}: the answer deadline moves on by the paused days (rounded up) while no answer
     * was given yet. Returns whether a pause was open.
     */
    public boolean resume(DbExecute tx, long vraagId, Instant op) {
        Optional<DbRow> open = tx.get("SELECT p.id, p.gepauzeerd_op, v.antwoord_voor, v.eerste_antwoord_op FROM vraag_pauze p "
                                              + "JOIN vraag v ON v.id = p.vraag_id WHERE p.vraag_id = ? AND p.hervat_op IS NULL",
                                      vraagId);
        if (open.isEmpty()) {
            return false;
        }
        DbRow row = open.get();
        Instant from = Rows.instant(row, "gepauzeerd_op");
        Instant end = op.isBefore(from) ? from : op;
        tx.update("UPDATE vraag_pauze SET hervat_op = ? WHERE id = ?", end.atOffset(ZoneOffset.UTC), Rows.longValue(row, "id"));
        long days = (java.time.Duration.between(from, end).toHours() + 23) / 24;
        if (days > 0 && Rows.optionalInstant(row, "eerste_antwoord_op").isEmpty()) {
            LocalDate deadline = VraagRepository.optionalDate(row, "antwoord_voor").orElseThrow();
            tx.update("UPDATE vraag SET antwoord_voor = ? WHERE id = ?", deadline.plusDays(days), vraagId);
        }
        return true;
    }

    /**
     * Pauses left open although the question no longer waits (e.g. the asker replied through the public API): ended
     * at the first status change or asker message after the pause began.
     */
    public List<Long> openPausesNoLongerWaiting() {
        return db.execute().query("SELECT p.vraag_id FROM vraag_pauze p JOIN vraag v ON v.id = p.vraag_id "
                                          + "WHERE p.hervat_op IS NULL AND v.status <> 'wacht-op-vrager'")
                .map(row -> Rows.longValue(row, "vraag_id")).toList();
    }

    public Optional<Instant> firstChangeAfterPause(long vraagId) {
        return db.execute().get("SELECT MIN(a.op) AS op FROM vraag_audit a JOIN vraag_pauze p ON p.vraag_id = a.vraag_id "
                                        + "AND p.hervat_op IS NULL WHERE a.vraag_id = ? AND a.op >= p.gepauzeerd_op "
                                        + "AND (a.actie = 'bericht-vrager' OR (a.actie = 'status' AND a.detail LIKE 'wacht-op-vrager%'))",
                                vraagId)
                .flatMap(row -> Rows.optionalInstant(row, "op"));
    }

    public List<Pauze> pauses(long vraagId) {
        return db.execute().query("SELECT gepauzeerd_op, hervat_op FROM vraag_pauze WHERE vraag_id = ? ORDER BY id", vraagId)
                .map(row -> new Pauze(Rows.instant(row, "gepauzeerd_op"), Rows.optionalInstant(row, "hervat_op")))
                .toList();
    }

    // ---- statistics ---------------------------------------------------------------------------------------------

    /** The anonymous facts of one question that statistics need. */
    public record StatRow(String categorie, String sector, VraagStatus status, Instant ingediendOp, LocalDate antwoordVoor,
                          Optional<Instant> eersteAntwoordOp) {
    }

    public List<StatRow> statRows(String swv, Instant from, Instant toExclusive) {
        return db.execute().query("SELECT categorie, sector, status, ingediend_op, antwoord_voor, eerste_antwoord_op "
                                          + "FROM vraag WHERE swv_code = ? AND ingediend_op >= ? AND ingediend_op < ?",
                                  swv, from.atOffset(ZoneOffset.UTC), toExclusive.atOffset(ZoneOffset.UTC))
                .map(row -> new StatRow(Rows.string(row, "categorie"), Rows.string(row, "sector"),
                                        VraagStatus.of(Rows.string(row, "status")), Rows.instant(row, "ingediend_op"),
                                        VraagRepository.optionalDate(row, "antwoord_voor").orElseThrow(),
                                        Rows.optionalInstant(row, "eerste_antwoord_op")))
                .toList();
    }

    private static Item item(DbRow row) {
        return new Item(Rows.longValue(row, "id"), Rows.string(row, "referentie"), VraagStatus.of(Rows.string(row, "status")),
                        Rows.optionalString(row, "swv_code").orElse(null), Rows.string(row, "sector"),
                        Rows.string(row, "categorie"), Rows.bool(row, "urgent"), Rows.bool(row, "thuiszitten"), Rows.instant(row, "ingediend_op"),
                        VraagRepository.optionalDate(row, "antwoord_voor").orElseThrow(),
                        Rows.optionalInstant(row, "eerste_antwoord_op"),
                        VraagRepository.optionalDate(row, "zorgplicht_besluit_voor"),
                        row.column("toegewezen_aan").asOptional().map(v -> ((Number) v).longValue()),
                        Rows.optionalString(row, "toegewezen_naam"));
    }
}
