package nl.passendwijzer.content.rechten;

import java.util.Arrays;
import java.util.Optional;

/** The audience an article is written for; each topic has one article per audience. */
public enum Doelgroep {
    OUDERS("ouders"),
    JONGEREN("jongeren");

    private final String wireValue;

    Doelgroep(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value used in front matter, file names and URLs ({@code ouders}, {@code jongeren}). */
    public String wireValue() {
        return wireValue;
    }

    public static Optional<Doelgroep> fromWire(String value) {
        return Arrays.stream(values()).filter(d -> d.wireValue.equals(value)).findFirst();
    }
}
