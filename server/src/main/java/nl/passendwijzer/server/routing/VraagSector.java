package nl.passendwijzer.server.routing;

import java.util.Arrays;
import java.util.Optional;

/** The kind of education the question is about, as the asker says it (wider than the two SWV sectors). */
public enum VraagSector {
    PO("po", "Basisonderwijs"),
    VO("vo", "Voortgezet onderwijs"),
    SO_VSO("so-vso", "Speciaal onderwijs (so of vso)"),
    MBO("mbo", "Mbo"),
    WEET_NIET("weet-niet", "Weet ik niet");

    private final String code;
    private final String label;

    VraagSector(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<VraagSector> parse(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
