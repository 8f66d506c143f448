package nl.passendwijzer.server.staff;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.helidon.dbclient.DbClient;
import nl.passendwijzer.server.db.Transactions;
import nl.passendwijzer.server.http.FieldProblem;
import nl.passendwijzer.server.http.ProblemException;

/**
 * A coordinator's settings of their samenwerkingsverband: informatiepunt contact data (public through /api/swv, no
 * longer a placeholder once saved) and the answer deadline in working days.
 */
public final class SwvInstellingen {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("[0-9+() -]{6,20}");
    private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s<>\"]{3,290}");

    private final DbClient db;

    public SwvInstellingen(DbClient db) {
        this.db = db;
    }

    /** What a coordinator can set; blank optional fields are stored as empty (NULL). */
    public record Wijziging(String naam, String email, String telefoon, String website, String openingstijden,
                            Integer antwoordtermijnWerkdagen) {
    }

    public Wijziging validated(Wijziging w) {
        List<FieldProblem> problems = new ArrayList<>();
        String naam = trim(w.naam());
        String email = trim(w.email());
        String telefoon = trim(w.telefoon());
        String website = trim(w.website());
        String openingstijden = trim(w.openingstijden());
        if (naam == null || naam.length() > 200) {
            problems.add(new FieldProblem("naam", "invalid", "Vul de naam van het informatiepunt in (hoogstens 200 tekens)."));
        }
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            problems.add(new FieldProblem("email", "invalid", "Vul een geldig e-mailadres in."));
        }
        if (telefoon != null && !PHONE.matcher(telefoon).matches()) {
            problems.add(new FieldProblem("telefoon", "invalid", "Vul een telefoonnummer in, bijvoorbeeld 020 123 45 67."));
        }
        if (website != null && !WEBSITE.matcher(website).matches()) {
            problems.add(new FieldProblem("website", "invalid", "Vul een webadres in dat begint met https://."));
        }
        if (openingstijden != null && openingstijden.length() > 500) {
            problems.add(new FieldProblem("openingstijden", "too-long", "Gebruik hoogstens 500 tekens."));
        }
        if (email == null && telefoon == null && website == null) {
            problems.add(new FieldProblem("email", "required", "Geef minstens een e-mailadres, telefoonnummer of website."));
        }
        Integer termijn = w.antwoordtermijnWerkdagen();
        if (termijn == null || termijn < 1 || termijn > 60) {
            problems.add(new FieldProblem("antwoordtermijnWerkdagen", "invalid",
                                          "Kies een antwoordtermijn van 1 tot en met 60 werkdagen."));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalidFields("Controleer de instellingen.", problems);
        }
        return new Wijziging(naam, email, telefoon, website, openingstijden, termijn);
    }

    public void save(String swv, Wijziging w, Instant now) {
        Transactions.inTransaction(db, tx -> {
            tx.update("UPDATE informatiepunt SET naam = ?, email = ?, telefoon = ?, website = ?, openingstijden = ?, "
                              + "placeholder = FALSE, gewijzigd_op = ? WHERE swv_code = ?",
                      w.naam(), w.email(), w.telefoon(), w.website(), w.openingstijden(), now.atOffset(ZoneOffset.UTC), swv);
            tx.update("UPDATE samenwerkingsverband SET antwoordtermijn_werkdagen = ? WHERE code = ?",
                      w.antwoordtermijnWerkdagen(), swv);
            return null;
        });
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
