package nl.passendwijzer.server.routing;

import java.util.Optional;

/** A school the asker named by vestiging id, with what the school table knows of it (empty: unknown id). */
public record SchoolOpgave(String id, Optional<SchoolInfo> info) {
}
