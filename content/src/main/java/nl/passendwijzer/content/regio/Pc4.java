package nl.passendwijzer.content.regio;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A four-digit Dutch postcode area. Only the PC4 is ever kept: a full postcode narrows a home down to a street,
 * which the portal does not need (privacy by design).
 */
public record Pc4(String value) {
    private static final Pattern PC4 = Pattern.compile("[1-9][0-9]{3}");
    private static final Pattern POSTCODE = Pattern.compile("\\s*([1-9][0-9]{3})\\s*(?:[A-Za-z]{2})?\\s*");

    public Pc4 {
        if (value == null || !PC4.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a PC4: " + value);
        }
    }

    /** Accepts "3511", "3511AB", "3511 ab" (surrounding spaces allowed); anything else is empty. */
    public static Optional<Pc4> parse(String input) {
        if (input == null || input.length() > 12) {
            return Optional.empty();
        }
        Matcher m = POSTCODE.matcher(input);
        return m.matches() ? Optional.of(new Pc4(m.group(1))) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
