package nl.passendwijzer.server.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import io.helidon.dbclient.DbClient;
import io.helidon.http.Status;
import nl.passendwijzer.server.auth.AccountRepository;
import nl.passendwijzer.server.auth.StaffPrincipal;
import nl.passendwijzer.server.http.FieldProblem;
import nl.passendwijzer.server.http.ProblemException;
import nl.passendwijzer.server.intake.AuditRegel;
import nl.passendwijzer.server.intake.Bericht;
import nl.passendwijzer.server.intake.BerichtSoort;
import nl.passendwijzer.server.intake.Vraag;
import nl.passendwijzer.server.intake.VraagRepository;
import nl.passendwijzer.server.intake.VraagStatus;

/**
 * What staff do with questions. Every method first loads the question for the caller: it must belong to an SWV the
 * caller is a member of (no SWV: the landelijk loket), otherwise it does not exist for them (404). Every read of personal data and every change is
 * written to the question's audit trail in the same transaction.
 */
public final class Inbox {
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final int MAX_TEXT = 10_000;

    private final DbClient db;
    private final Clock clock;
    private final VraagRepository vragen;
    private final InboxRepository inbox;
    private final AccountRepository accounts;
    private final AntwoordMelding melding;

    public Inbox(DbClient db, Clock clock, AntwoordMelding melding) {
        this.db = db;
        this.clock = clock;
        this.vragen = new VraagRepository(db);
        this.inbox = new InboxRepository(db);
        this.accounts = new AccountRepository(db);
        this.melding = melding;
    }

    public InboxRepository repository() {
        return inbox;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public InboxRepository.Page list(StaffPrincipal who, InboxFilter filter) {
        syncPauses();
        return inbox.list(filter, who.id(), today());
    }

    /** Everything about one question for its SWV's staff; the read itself is audited. */
    public record Detail(Vraag vraag, List<Bericht> berichten, List<AuditRegel> audit, List<InboxRepository.Pauze> pauzes,
                         Optional<Long> toegewezenAan) {
    }

    public Detail detail(StaffPrincipal who, long id) {
        syncPauses();
        Vraag vraag = owned(who, id);
        vragen.inTransaction(tx -> {
            vragen.audit(tx, id, "gelezen", actor(who), null, now());
            return null;
        });
        return new Detail(vraag, vragen.berichten(id, true), vragen.audit(id), inbox.pauses(id), inbox.assignee(id));
    }

    /** Assigns to a member of the question's SWV, or unassigns with empty; a new question moves to in-behandeling. */
    public void assign(StaffPrincipal who, long id, Optional<Long> medewerker) {
        Vraag vraag = owned(who, id);
        requireOpen(vraag);
        if (medewerker.isPresent()) {
            boolean member = accounts.find(medewerker.get())
                    .filter(a -> a.actief() && a.swvRollen().containsKey(
                            vraag.swvCode().orElse(StaffPrincipal.LANDELIJK_LOKET))).isPresent();
            if (!member) {
                throw ProblemException.invalidFields("Kies een collega van dit samenwerkingsverband.", List.of(
                        new FieldProblem("medewerker", "not-a-member", "Deze persoon hoort niet bij dit samenwerkingsverband.")));
            }
        }
        OffsetDateTime op = now();
        vragen.inTransaction(tx -> {
            inbox.assign(tx, id, medewerker);
            vragen.audit(tx, id, "toegewezen", actor(who),
                         medewerker.map(m -> AuditRegel.medewerker(String.valueOf(m))).orElse("niemand"), op);
            if (vraag.status() == VraagStatus.NIEUW && medewerker.isPresent()) {
                vragen.changeStatus(tx, id, VraagStatus.IN_BEHANDELING, actor(who), op);
            }
            return null;
        });
    }

    /** A reply the asker sees: status beantwoord, the answer clock stops, the asker is notified. */
    public long answer(StaffPrincipal who, long id, String tekst) {
        Vraag vraag = owned(who, id);
        String text = text(tekst);
        requireTransition(vraag, VraagStatus.BEANTWOORD);
        OffsetDateTime op = now();
        return vragen.inTransaction(tx -> {
            inbox.resume(tx, id, op.toInstant());
            long bericht = vragen.addBericht(tx, id, BerichtSoort.ANTWOORD, text, actor(who), op);
            vragen.changeStatus(tx, id, VraagStatus.BEANTWOORD, actor(who), op);
            melding.geplaatst(tx, vraag, op);
            return bericht;
        });
    }

    /** An internal note: only staff of the SWV ever see it; no status change, no notification. */
    public long note(StaffPrincipal who, long id, String tekst) {
        Vraag vraag = owned(who, id);
        if (vraag.status() == VraagStatus.INGETROKKEN) {
            throw conflict("Deze vraag is ingetrokken; er kan niets meer aan worden toegevoegd.");
        }
        String text = text(tekst);
        return vragen.inTransaction(tx -> vragen.addBericht(tx, id, BerichtSoort.NOTITIE, text, actor(who), now()));
    }

    /**
     * Asks the asker for more information: a message they see, status wacht-op-vrager, and the answer clock pauses
     * until they reply (or staff resume). Does not count as the first answer.
     */
    public long askMoreInformation(StaffPrincipal who, long id, String tekst) {
        Vraag vraag = owned(who, id);
        String text = text(tekst);
        requireTransition(vraag, VraagStatus.WACHT_OP_VRAGER);
        OffsetDateTime op = now();
        return vragen.inTransaction(tx -> {
            long bericht = vragen.addBericht(tx, id, BerichtSoort.ANTWOORD, text, actor(who), op);
            if (vraag.eersteAntwoordOp().isEmpty()) {
                tx.update("UPDATE vraag SET eerste_antwoord_op = NULL WHERE id = ?", id);
            }
            vragen.changeStatus(tx, id, VraagStatus.WACHT_OP_VRAGER, actor(who), op);
            inbox.pause(tx, id, op);
            melding.geplaatst(tx, vraag, op);
            return bericht;
        });
    }

    /** In behandeling (also reopening) or gesloten, along the transition table. */
    public VraagStatus changeStatus(StaffPrincipal who, long id, VraagStatus target) {
        Vraag vraag = owned(who, id);
        if (!StatusOvergangen.VIA_STATUS_ENDPOINT.contains(target)) {
            throw ProblemException.invalidFields("Deze status zet u met een eigen actie.", List.of(new FieldProblem(
                    "status", "use-action", "Beantwoorden gaat met een antwoord, wachten op de vrager met een vraag om "
                    + "meer informatie.")));
        }
        requireTransition(vraag, target);
        OffsetDateTime op = now();
        vragen.inTransaction(tx -> {
            inbox.resume(tx, id, op.toInstant());
            vragen.changeStatus(tx, id, target, actor(who), op);
            if (StatusOvergangen.isReopening(vraag.status(), target)) {
                vragen.audit(tx, id, "heropend", actor(who), null, op);
            }
            return null;
        });
        return target;
    }

    /**
     * Transfers the question to another SWV with a reason. The sending SWV loses access at once; assignment is cleared
     * and an open question starts as nieuw at the receiving SWV.
     */
    public void transfer(StaffPrincipal who, long id, String swv, String reden) {
        Vraag vraag = owned(who, id);
        requireOpen(vraag);
        String target = swv == null ? "" : swv.strip().toUpperCase(java.util.Locale.ROOT);
        String reason = reden == null ? "" : reden.strip();
        if (reason.isEmpty() || reason.length() > 300) {
            throw ProblemException.invalidFields("Geef een reden.", List.of(new FieldProblem(
                    "reden", "required", "Schrijf kort waarom de vraag naar een ander samenwerkingsverband gaat (hoogstens 300 tekens).")));
        }
        if (target.equals(vraag.swvCode().orElse(""))
                || db.execute().get("SELECT code FROM samenwerkingsverband WHERE code = ?", target).isEmpty()) {
            throw ProblemException.invalidFields("Kies een ander samenwerkingsverband.", List.of(new FieldProblem(
                    "swv", "invalid", "Kies een bestaand ander samenwerkingsverband, bijvoorbeeld VO2708.")));
        }
        OffsetDateTime op = now();
        vragen.inTransaction(tx -> {
            inbox.resume(tx, id, op.toInstant());
            inbox.assign(tx, id, Optional.empty());
            vragen.changeSwv(tx, id, Optional.of(target), actor(who), reason, op);
            if (vraag.status() != VraagStatus.NIEUW && vraag.status() != VraagStatus.BEANTWOORD) {
                vragen.changeStatus(tx, id, VraagStatus.NIEUW, actor(who), op);
            }
            return null;
        });
    }

    /** Pauses whose question stopped waiting through another path (the asker's reply) are ended where that happened. */
    void syncPauses() {
        for (long id : inbox.openPausesNoLongerWaiting()) {
            Instant end = inbox.firstChangeAfterPause(id).orElse(clock.instant());
            vragen.inTransaction(tx -> inbox.resume(tx, id, end));
        }
    }

    /**
     * The question if the caller is a member of its SWV (a question without SWV: of the landelijk loket); otherwise 404,
     * also for beheerders.
     */
    Vraag owned(StaffPrincipal who, long id) {
        return vragen.find(id)
                .filter(v -> who.handles(v.swvCode()))
                .orElseThrow(Inbox::notFound);
    }

    private void requireTransition(Vraag vraag, VraagStatus target) {
        if (!StatusOvergangen.allowed(vraag.status(), target)) {
            throw conflict("Deze vraag heeft status '" + vraag.status().label() + "'; dat kan niet naar '"
                                   + target.label() + "'." + (vraag.status() == VraagStatus.GESLOTEN
                    ? " Heropen de vraag eerst." : ""));
        }
    }

    private static void requireOpen(Vraag vraag) {
        if (vraag.status().afgesloten()) {
            throw conflict("Deze vraag is afgesloten. Heropen de vraag eerst.");
        }
    }

    private static String text(String tekst) {
        String t = tekst == null ? "" : tekst.strip();
        if (t.isEmpty() || t.length() > MAX_TEXT) {
            throw ProblemException.invalidFields("Schrijf een bericht.", List.of(new FieldProblem(
                    "tekst", t.isEmpty() ? "required" : "too-long", "Schrijf een bericht van hoogstens " + MAX_TEXT + " tekens.")));
        }
        return t;
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    static String actor(StaffPrincipal who) {
        return AuditRegel.medewerker(String.valueOf(who.id()));
    }

    static ProblemException notFound() {
        return ProblemException.notFound("vraag-not-found", "Deze vraag bestaat niet of hoort niet bij uw samenwerkingsverband.");
    }

    private static ProblemException conflict(String detail) {
        return new ProblemException(Status.CONFLICT_409, "invalid-status-change", "Kan niet", detail);
    }
}
