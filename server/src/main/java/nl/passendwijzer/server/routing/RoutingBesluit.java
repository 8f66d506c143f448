package nl.passendwijzer.server.routing;

import java.util.List;
import java.util.Optional;

/**
 * Where a question goes and why: the owning SWV (empty = landelijk loket), the rule that fired, a Dutch reason for
 * staff and asker, alternative SWVs staff may transfer to, and the version of the regio table used.
 */
public record RoutingBesluit(Optional<String> swvCode, RoutingRegel regel, String reden, List<String> alternatieven,
                             String regioVersie) {
    public RoutingBesluit {
        alternatieven = List.copyOf(alternatieven);
    }

    public boolean landelijkLoket() {
        return swvCode.isEmpty();
    }
}
