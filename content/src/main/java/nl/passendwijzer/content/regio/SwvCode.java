package nl.passendwijzer.content.regio;

import java.util.Optional;
import java.util.regex.Pattern;

/** Codes of samenwerkingsverbanden as the regio-indeling writes them: PO2707, VO2708. */
public final class SwvCode {
    private static final Pattern CODE = Pattern.compile("(PO|VO)[0-9]{4}");

    private SwvCode() {
    }

    public static boolean isValid(String value) {
        return value != null && CODE.matcher(value).matches();
    }

    public static Optional<Sector> sectorOf(String code) {
        return isValid(code) ? Sector.parse(code.substring(0, 2)) : Optional.empty();
    }
}
