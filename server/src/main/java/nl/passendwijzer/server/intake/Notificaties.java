package nl.passendwijzer.server.intake;

import java.time.OffsetDateTime;
import java.time.Clock;
import java.util.Optional;

import io.helidon.dbclient.DbExecute;
import nl.passendwijzer.server.db.Rows;
import nl.passendwijzer.server.mail.Outbox;
import nl.passendwijzer.server.regio.LandelijkLoket;
import nl.passendwijzer.server.regio.SwvDirectory;

/**
 * E-mail notifications about questions, queued in the outbox inside the caller's transaction. They carry the
 * reference and a link only, never question or answer text (a family mailbox may be shared).
 */
public final class Notificaties {
    private final Outbox outbox;
    private final SwvDirectory swvDirectory;
    private final LandelijkLoket landelijkLoket;
    private final VraagRepository repository;
    private final String publiekeUrl;
    private final Clock clock;

    public Notificaties(Outbox outbox, SwvDirectory swvDirectory, LandelijkLoket landelijkLoket,
                        VraagRepository repository, String publiekeUrl, Clock clock) {
        this.outbox = outbox;
        this.swvDirectory = swvDirectory;
        this.landelijkLoket = landelijkLoket;
        this.repository = repository;
        this.publiekeUrl = publiekeUrl.endsWith("/") ? publiekeUrl.substring(0, publiekeUrl.length() - 1) : publiekeUrl;
        this.clock = clock;
    }

    /** A new question: tell the informatiepunt of the owning SWV (or the landelijk loket). */
    public void nieuweVraag(DbExecute tx, long vraagId, String referentie, Optional<String> swvCode, boolean urgent) {
        Optional<String> to = adresVan(swvCode);
        if (to.isEmpty()) {
            repository.audit(tx, vraagId, "geen-melding", AuditRegel.ACTOR_SYSTEEM,
                             "informatiepunt heeft geen e-mailadres", OffsetDateTime.now(clock));
            return;
        }
        outbox.enqueue(tx, "nieuwe-vraag", vraagId, to.get(),
                       (urgent ? "[Urgent] " : "") + "Nieuwe vraag " + referentie + " via Passend Wijzer",
                       "Er is een nieuwe vraag binnengekomen via Passend Wijzer" + (urgent ? " (urgent: thuiszitten)" : "")
                               + ".\n\nReferentie: " + referentie + "\nOpenen: " + publiekeUrl + "/medewerker/\n\n"
                               + "Om privacyredenen staat de vraag zelf niet in deze e-mail.\n");
    }

    /** The asker wrote a follow-up: tell the informatiepunt that owns the question now. */
    public void vragerReageerde(DbExecute tx, long vraagId) {
        tx.get("SELECT referentie, swv_code FROM vraag WHERE id = ?", vraagId).ifPresent(row -> {
            String referentie = Rows.string(row, "referentie");
            adresVan(Rows.optionalString(row, "swv_code")).ifPresent(to -> outbox.enqueue(
                    tx, "reactie-vrager", vraagId, to, "Reactie op vraag " + referentie,
                    "De vraagsteller heeft gereageerd op vraag " + referentie + ".\nOpenen: " + publiekeUrl
                            + "/medewerker/\n\nOm privacyredenen staat de reactie niet in deze e-mail.\n"));
        });
    }

    /**
     * Staff placed an answer: tell the asker, when they gave an e-mail address. Call it in the same transaction as
     * the answer ({@link VraagRepository#addBericht}).
     */
    public void antwoordGeplaatst(DbExecute tx, long vraagId) {
        tx.get("SELECT referentie, email FROM vraag WHERE id = ? AND email IS NOT NULL AND verwijderd_op IS NULL "
                       + "AND geanonimiseerd_op IS NULL", vraagId)
                .ifPresent(row -> {
                    String referentie = Rows.string(row, "referentie");
                    outbox.enqueue(tx, "antwoord-geplaatst", vraagId, Rows.string(row, "email"),
                                   "Er is een antwoord op uw vraag " + referentie,
                                   "Er staat een antwoord op uw vraag " + referentie + " klaar.\n\n"
                                           + "Lees het op " + publiekeUrl + "/vraag/status?referentie=" + referentie
                                           + "\nU heeft daarvoor uw volgcode nodig.\n\n"
                                           + "Om privacyredenen staat het antwoord niet in deze e-mail.\n");
                });
    }

    /** As {@link #antwoordGeplaatst(DbExecute, long)} in a transaction of its own. */
    public void antwoordGeplaatst(long vraagId) {
        repository.inTransaction(tx -> {
            antwoordGeplaatst(tx, vraagId);
            return null;
        });
    }

    private Optional<String> adresVan(Optional<String> swvCode) {
        Optional<String> swvMail = swvCode.flatMap(swvDirectory::find)
                .map(swv -> swv.informatiepunt().email())
                .filter(e -> e != null && !e.isBlank());
        return swvMail.or(() -> Optional.ofNullable(landelijkLoket.email()).filter(e -> !e.isBlank()));
    }
}
