package nl.passendwijzer.content.vocabulaire;

import java.util.Arrays;
import java.util.Optional;

/** The kind of support term: what a school offers as basis, an expertise area, a provision, a role, or jargon. */
public enum Groep {
    BASISONDERSTEUNING("basisondersteuning"),
    GEBIED("gebied"),
    VOORZIENING("voorziening"),
    ROL("rol"),
    BEGRIP("begrip");

    private final String wireValue;

    Groep(String wireValue) {
        this.wireValue = wireValue;
    }

    public String wireValue() {
        return wireValue;
    }

    public static Optional<Groep> fromWire(String value) {
        return Arrays.stream(values()).filter(g -> g.wireValue.equals(value)).findFirst();
    }
}
