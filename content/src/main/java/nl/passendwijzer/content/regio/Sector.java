package nl.passendwijzer.content.regio;

import java.util.Locale;
import java.util.Optional;

/** The two sectors the regio-indeling divides samenwerkingsverbanden into. */
public enum Sector {
    PO, VO;

    /** Lower-case wire value ("po", "vo"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Sector> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "po" -> Optional.of(PO);
            case "vo" -> Optional.of(VO);
            default -> Optional.empty();
        };
    }
}
