package nl.passendwijzer.server.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The asker's secret: 140 bits from SecureRandom as 28 Crockford base32 symbols in groups of four. Shown once; the
 * database holds only its SHA-256 (a high-entropy secret needs no slow hash). Comparison is constant-time.
 */
public final class Volgcode {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SYMBOLS = 28;
    /** Hash compared against when the reference is unknown, so both cases cost the same. */
    private static final String DUMMY_HASH = hash("0".repeat(SYMBOLS));

    private Volgcode() {
    }

    public static String nieuw() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < SYMBOLS; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(Referentie.ALFABET.charAt(RANDOM.nextInt(32)));
        }
        return code.toString();
    }

    /** Hex SHA-256 of the normalised code (case, dashes, spaces and O/I/L mix-ups do not matter). */
    public static String hash(String code) {
        String normal = code.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time check of a given code against a stored hash; with no stored hash it still does the work. */
    public static boolean matches(String given, String storedHash) {
        String expected = storedHash == null ? DUMMY_HASH : storedHash;
        String actual = given == null || given.length() > 64 ? hash("") : hash(given);
        boolean equal = MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                                              actual.getBytes(StandardCharsets.US_ASCII));
        return equal && storedHash != null;
    }
}
