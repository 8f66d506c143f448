package nl.passendwijzer.server.importeren;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbTransaction;
import nl.passendwijzer.content.scholen.importeren.SwvContactenImporter.SwvContact;

/** Writes imported contact data of informatiepunten; an imported record is no longer a placeholder. */
final class InformatiepuntContacts {
    private final DbClient db;
    private final Clock clock;

    InformatiepuntContacts(DbClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** @return codes in the file that no samenwerkingsverband has */
    Set<String> write(List<SwvContact> contacts) {
        Set<String> unknown = new TreeSet<>();
        DbTransaction tx = db.transaction();
        try {
            for (SwvContact c : contacts) {
                long updated = tx.update("UPDATE informatiepunt SET naam = ?, email = ?, telefoon = ?, website = ?, "
                                                 + "openingstijden = ?, placeholder = FALSE, gewijzigd_op = ? "
                                                 + "WHERE swv_code = ?",
                                         c.naam().orElse(null), c.email().orElse(null), c.telefoon().orElse(null),
                                         c.website().orElse(null), c.openingstijden().orElse(null),
                                         OffsetDateTime.now(clock), c.swvCode());
                if (updated == 0) {
                    unknown.add(c.swvCode());
                }
            }
            tx.commit();
        } catch (RuntimeException e) {
            tx.rollback();
            throw e;
        }
        return unknown;
    }
}
