package nl.passendwijzer.server;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import nl.passendwijzer.server.auth.Accounts;
import nl.passendwijzer.server.auth.Rol;
import nl.passendwijzer.server.http.ProblemException;

/**
 * {@code ./portal medewerker add|uitnodigen}: create a staff account (the first beheerder, too) or issue a new
 * set-password link. Prints the one-time link; a password is never given on the command line.
 */
final class MedewerkerCommand {
    private static final String USAGE = """
            Gebruik:
              ./portal medewerker add --email ADRES --naam "NAAM" --rol medewerker|coordinator|beheerder [--swv PO2707[,VO2708]]
              ./portal medewerker uitnodigen --email ADRES
            'add' maakt een account en toont een eenmalige link om een wachtwoord in te stellen.
            Met --swv LANDELIJK (alleen --rol medewerker) werkt iemand voor het landelijk loket: de vragen zonder
            samenwerkingsverband (mbo, postcodes zonder SWV), die hij ook kan doorsturen naar het juiste SWV.
            'uitnodigen' maakt een nieuwe link (oude links vervallen). Een beheerder stelt bij het eerste wachtwoord
            ook een tweede factor (TOTP) in.""";

    private final Accounts accounts;
    private final PrintStream out;

    MedewerkerCommand(Accounts accounts, PrintStream out) {
        this.accounts = accounts;
        this.out = out;
    }

    int run(String[] args) {
        if (args.length < 2 || args[1].equals("--help") || args[1].equals("-h")) {
            out.println(USAGE);
            return args.length < 2 ? 2 : 0;
        }
        Map<String, String> options = options(Arrays.copyOfRange(args, 2, args.length));
        if (options == null) {
            out.println(USAGE);
            return 2;
        }
        try {
            return switch (args[1]) {
                case "add" -> add(options);
                case "uitnodigen" -> invite(options);
                default -> {
                    out.println(USAGE);
                    yield 2;
                }
            };
        } catch (ProblemException e) {
            out.println("Niet gelukt: " + e.detail());
            e.fields().forEach(f -> out.println("  " + f.veld() + ": " + f.melding()));
            return 1;
        }
    }

    private int add(Map<String, String> options) {
        Optional<Rol> rol = Rol.parse(options.get("rol"));
        if (rol.isEmpty() || !options.containsKey("email") || !options.containsKey("naam")) {
            out.println(USAGE);
            return 2;
        }
        Set<String> swvs = new TreeSet<>();
        if (options.containsKey("swv")) {
            Arrays.stream(options.get("swv").split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(s -> s.toUpperCase(java.util.Locale.ROOT)).forEach(swvs::add);
        }
        Accounts.Invitation invitation = accounts.create(Optional.empty(), options.get("email"), options.get("naam"),
                                                         rol.get(), swvs);
        print("Account aangemaakt voor " + invitation.email() + " (id " + invitation.medewerkerId() + ").", invitation);
        return 0;
    }

    private int invite(Map<String, String> options) {
        if (!options.containsKey("email")) {
            out.println(USAGE);
            return 2;
        }
        var account = accounts.findByEmail(options.get("email"));
        if (account.isEmpty()) {
            out.println("Er is geen account met dit e-mailadres.");
            return 1;
        }
        print("Nieuwe uitnodiging voor " + account.get().email() + ".", accounts.invite(Optional.empty(), account.get().id()));
        return 0;
    }

    private void print(String heading, Accounts.Invitation invitation) {
        out.println(heading);
        out.println("Eenmalige link om het wachtwoord in te stellen (geldig tot " + invitation.verlooptOp() + "):");
        out.println("  " + invitation.link());
        out.println("Token (voor POST /api/medewerker/wachtwoord-instellen): " + invitation.token());
        out.println("Geef de link alleen aan de medewerker zelf, via een ander kanaal dan e-mail als dat kan.");
    }

    /** --key value pairs; null when malformed. */
    private static Map<String, String> options(String[] args) {
        Map<String, String> result = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                return null;
            }
            result.put(args[i].substring(2), args[++i]);
        }
        return result;
    }
}
