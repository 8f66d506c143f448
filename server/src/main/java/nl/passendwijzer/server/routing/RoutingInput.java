package nl.passendwijzer.server.routing;

import java.util.Objects;
import java.util.Optional;

import nl.passendwijzer.content.regio.Pc4;

/** Everything routing looks at; already validated (a PC4 is well-formed by construction). */
public record RoutingInput(VraagSector sector, Optional<Integer> leeftijd, Pc4 pc4,
                           Optional<SchoolOpgave> aangemeldeSchool, Optional<SchoolOpgave> huidigeSchool) {
    public RoutingInput {
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(leeftijd, "leeftijd");
        Objects.requireNonNull(pc4, "pc4");
        Objects.requireNonNull(aangemeldeSchool, "aangemeldeSchool");
        Objects.requireNonNull(huidigeSchool, "huidigeSchool");
    }
}
