package nl.passendwijzer.server.intake;

import java.time.Instant;
import java.util.Optional;

/** One message on a question. */
public record Bericht(long id, long vraagId, BerichtSoort soort, String tekst, Optional<String> auteur, Instant geplaatstOp) {
}
