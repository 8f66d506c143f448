package nl.passendwijzer.content.rechten;

import java.util.Arrays;
import java.util.Optional;

/** How firmly an article's content is established as current law. */
public enum ArtikelStatus {
    GELDEND("geldend"),
    AANGEKONDIGD("aangekondigd"),
    HISTORISCH("historisch"),
    TE_CONTROLEREN("te controleren");

    private final String wireValue;

    ArtikelStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The Dutch value used in front matter and the API, e.g. {@code "te controleren"}. */
    public String wireValue() {
        return wireValue;
    }

    public static Optional<ArtikelStatus> fromWire(String value) {
        return Arrays.stream(values()).filter(s -> s.wireValue.equals(value)).findFirst();
    }
}
