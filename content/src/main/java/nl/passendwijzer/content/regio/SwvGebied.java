package nl.passendwijzer.content.regio;

import java.util.List;

/** The area of one samenwerkingsverband as the regio-indeling draws it. */
public record SwvGebied(String code, Sector sector, List<String> gemeenten, int pc4Count) {
    public SwvGebied {
        gemeenten = List.copyOf(gemeenten);
    }
}
