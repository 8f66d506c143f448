package nl.passendwijzer.server.intake;

import java.time.Instant;
import java.util.Optional;

/** One audit entry of a question: what happened, by whom, when (never the content). */
public record AuditRegel(long id, long vraagId, String actie, String actor, Optional<String> detail, Instant op) {
    public static final String ACTOR_VRAGER = "vrager";
    public static final String ACTOR_SYSTEEM = "systeem";

    /** The actor string for a staff member. */
    public static String medewerker(String id) {
        return "medewerker:" + id;
    }
}
