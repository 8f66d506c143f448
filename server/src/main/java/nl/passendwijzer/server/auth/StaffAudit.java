package nl.passendwijzer.server.auth;

import java.time.Clock;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;

import static nl.passendwijzer.server.auth.AccountRepository.time;

/**
 * The audit log of accounts, sign-ins and SWV settings: who (staff id), what (action and target), when.
 * Never a password, token, question text or answer.
 */
public final class StaffAudit {
    private final DbClient db;
    private final Clock clock;

    public StaffAudit(DbClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public void log(Long actor, String actie, String doelSoort, String doelId, String swv) {
        log(db.execute(), actor, actie, doelSoort, doelId, swv);
    }

    public void log(DbExecute tx, Long actor, String actie, String doelSoort, String doelId, String swv) {
        tx.insert("INSERT INTO medewerker_audit (op, medewerker_id, actie, doel_soort, doel_id, swv_code) "
                          + "VALUES (?, ?, ?, ?, ?, ?)",
                  time(clock.instant()), actor, actie, doelSoort, doelId, swv);
    }
}
