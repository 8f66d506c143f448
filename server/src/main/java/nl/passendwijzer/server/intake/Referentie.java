package nl.passendwijzer.server.intake;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Public question references like {@code PW-7K3M-9QXD}: seven random Crockford base32 symbols (no I, L, O, U; about
 * 34 bits, so not guessable in sequence) plus a Luhn mod 32 check symbol that catches every single typo and most
 * swaps of neighbours. Input is forgiving: lower case, spaces, missing dashes, O for 0 and I/L for 1.
 */
public final class Referentie {
    static final String ALFABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int DATA = 7;

    private Referentie() {
    }

    public static String nieuw(RandomGenerator random) {
        StringBuilder data = new StringBuilder(DATA);
        for (int i = 0; i < DATA; i++) {
            data.append(ALFABET.charAt(random.nextInt(32)));
        }
        String symbols = data.toString() + check(data);
        return "PW-" + symbols.substring(0, 4) + "-" + symbols.substring(4);
    }

    public static String nieuw() {
        return nieuw(new SecureRandom());
    }

    /** The canonical form ({@code PW-XXXX-XXXX}) when the input is a reference with a correct check symbol. */
    public static Optional<String> parse(String input) {
        if (input == null || input.length() > 20) {
            return Optional.empty();
        }
        String s = input.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (s.length() == DATA + 3 && s.startsWith("PW")) {
            s = s.substring(2);
        }
        if (s.length() != DATA + 1) {
            return Optional.empty();
        }
        StringBuilder normal = new StringBuilder();
        for (char c : s.toCharArray()) {
            char n = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALFABET.indexOf(n) < 0) {
                return Optional.empty();
            }
            normal.append(n);
        }
        String data = normal.substring(0, DATA);
        if (check(data) != normal.charAt(DATA)) {
            return Optional.empty();
        }
        return Optional.of("PW-" + normal.substring(0, 4) + "-" + normal.substring(4));
    }

    /** Luhn mod N check symbol (N = 32). */
    static char check(CharSequence data) {
        int factor = 2;
        int sum = 0;
        for (int i = data.length() - 1; i >= 0; i--) {
            int addend = factor * ALFABET.indexOf(data.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / 32 + addend % 32;
        }
        int remainder = sum % 32;
        return ALFABET.charAt((32 - remainder) % 32);
    }
}
