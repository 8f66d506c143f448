package nl.passendwijzer.server.staff;

import java.time.OffsetDateTime;

import io.helidon.dbclient.DbExecute;
import nl.passendwijzer.server.intake.Vraag;

/**
 * Told, inside the transaction that stores it, that staff posted a message the asker can see (an answer or a request
 * for more information), so the asker can be notified durably (a link, never the text).
 */
@FunctionalInterface
public interface AntwoordMelding {
    void geplaatst(DbExecute tx, Vraag vraag, OffsetDateTime op);
}
