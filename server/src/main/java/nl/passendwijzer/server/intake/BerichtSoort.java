package nl.passendwijzer.server.intake;

import java.util.Arrays;
import java.util.Optional;

/** Kinds of messages on a question. Only {@link #ANTWOORD} and {@link #VRAGER} are ever shown to the asker. */
public enum BerichtSoort {
    /** A reply by staff, shown to the asker. */
    ANTWOORD("antwoord"),
    /** An internal staff note, never shown to the asker. */
    NOTITIE("notitie"),
    /** A follow-up message by the asker. */
    VRAGER("vrager");

    private final String code;

    BerichtSoort(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean zichtbaarVoorVrager() {
        return this != NOTITIE;
    }

    public static Optional<BerichtSoort> parse(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
