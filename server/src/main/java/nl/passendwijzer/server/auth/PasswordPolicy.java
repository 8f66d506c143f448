package nl.passendwijzer.server.auth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import nl.passendwijzer.server.http.FieldProblem;

/**
 * NCSC / ASVS 5.0 (6.2.x) password rules: at least 12 characters, up to 128 (any character, spaces too), no
 * composition rules, and not one of the bundled common or breached passwords, nor the account's own e-mail address.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private final Set<String> common;

    private PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    public static PasswordPolicy bundled() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/auth/veelgebruikte-wachtwoorden.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Set<String> words = new HashSet<>();
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
            return new PasswordPolicy(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is wrong with this password for this account, if anything (Dutch message for the form). */
    public Optional<FieldProblem> check(String password, String email) {
        if (password == null) {
            return Optional.of(problem("required", "Kies een wachtwoord."));
        }
        int length = PasswordHasher.normalize(password).codePointCount(0, PasswordHasher.normalize(password).length());
        if (length < MIN_LENGTH) {
            return Optional.of(problem("too-short", "Kies een wachtwoord van minstens " + MIN_LENGTH
                    + " tekens. Een zin van een paar woorden is sterk en goed te onthouden."));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(problem("too-long", "Kies een wachtwoord van hoogstens " + MAX_LENGTH + " tekens."));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || lower.chars().distinct().count() < 4
                || (email != null && lower.contains(email.toLowerCase(Locale.ROOT)))) {
            return Optional.of(problem("too-common", "Dit wachtwoord is te makkelijk te raden. Kies een ander."));
        }
        return Optional.empty();
    }

    public List<FieldProblem> problems(String password, String email) {
        return check(password, email).map(List::of).orElse(List.of());
    }

    private static FieldProblem problem(String code, String message) {
        return new FieldProblem("wachtwoord", code, message);
    }
}
