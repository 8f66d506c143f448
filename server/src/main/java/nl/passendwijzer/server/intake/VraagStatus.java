package nl.passendwijzer.server.intake;

import java.util.Arrays;
import java.util.Optional;

/** Where a question is in its life; the wire and column value is {@link #code()}. */
public enum VraagStatus {
    NIEUW("nieuw", "Ontvangen"),
    IN_BEHANDELING("in-behandeling", "In behandeling"),
    WACHT_OP_VRAGER("wacht-op-vrager", "Wacht op uw reactie"),
    BEANTWOORD("beantwoord", "Beantwoord"),
    GESLOTEN("gesloten", "Afgesloten"),
    INGETROKKEN("ingetrokken", "Ingetrokken");

    private final String code;
    private final String label;

    VraagStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    /** Dutch label for the asker and staff. */
    public String label() {
        return label;
    }

    /** Closed questions start the retention clock; withdrawn ones are already erased. */
    public boolean afgesloten() {
        return this == GESLOTEN || this == INGETROKKEN;
    }

    public static Optional<VraagStatus> parse(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    public static VraagStatus of(String code) {
        return parse(code).orElseThrow(() -> new IllegalStateException("Unknown status " + code));
    }
}
