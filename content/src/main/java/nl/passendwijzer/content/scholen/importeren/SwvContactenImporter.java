package nl.passendwijzer.content.scholen.importeren;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the contact file of the ouder- en jeugdinformatiepunten: one row per samenwerkingsverband with columns
 * SAMENWERKINGSVERBAND (code), NAAM INFORMATIEPUNT, E-MAILADRES, TELEFOONNUMMER, INTERNETADRES, OPENINGSTIJDEN
 * (semicolon CSV, UTF-8 or Windows-1252, header names matched case- and spacing-insensitively; the code may be
 * written as PO2707 or PO 27-07). Rows with an unknown-looking code or no contact at all are skipped with a reason.
 */
public final class SwvContactenImporter {
    private static final Pattern SWV = Pattern.compile("(?:SWV)?(PO|VO)(\\d{4})");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final String[] CODE = {"SAMENWERKINGSVERBAND", "CODE", "SWV", "ADMINISTRATIENUMMER"};

    private SwvContactenImporter() {
    }

    public static ImportResult<SwvContact> read(Path file) {
        try {
            return read(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            return ImportResult.failed(file.toString(), "bestand niet te lezen: " + e.getMessage());
        }
    }

    public static ImportResult<SwvContact> read(byte[] bytes, String bron) {
        Optional<DuoCsvTabel> tabel = DuoCsvTabel.lees(TextDecoding.decode(bytes).text());
        if (tabel.isEmpty()) {
            return ImportResult.failed(bron, "leeg bestand of geen kopregel");
        }
        DuoCsvTabel t = tabel.get();
        if (!t.heeftKolom(CODE)) {
            return ImportResult.failed(bron, "kolom SAMENWERKINGSVERBAND (de code, bijvoorbeeld PO2707) ontbreekt");
        }
        ImportResult.Builder<SwvContact> result = new ImportResult.Builder<>(bron);
        Set<String> seen = new HashSet<>();
        t.bezoek(new DuoCsvTabel.Bezoeker() {
            @Override
            public void rij(DuoCsvTabel.Rij rij) {
                int regel = (int) rij.regel();
                Optional<String> code = rij.waarde(CODE).flatMap(SwvContactenImporter::code);
                if (code.isEmpty()) {
                    result.fail(regel, "geen geldige code van een samenwerkingsverband");
                    return;
                }
                Optional<String> email = rij.waarde("E-MAILADRES", "EMAIL", "E-MAIL");
                if (email.isPresent() && !EMAIL.matcher(email.get()).matches()) {
                    result.fail(regel, "ongeldig e-mailadres");
                    return;
                }
                Optional<String> telefoon = rij.waarde("TELEFOONNUMMER", "TELEFOON");
                Optional<String> website = rij.waarde("INTERNETADRES", "WEBSITE");
                if (email.isEmpty() && telefoon.isEmpty() && website.isEmpty()) {
                    result.skip(regel, "geen e-mail, telefoon of website");
                    return;
                }
                if (!seen.add(code.get())) {
                    result.skip(regel, "code " + code.get() + " staat al eerder in het bestand");
                    return;
                }
                result.add(new SwvContact(code.get(), rij.waarde("NAAM INFORMATIEPUNT", "NAAM", "INFORMATIEPUNT"),
                                          email, telefoon, website, rij.waarde("OPENINGSTIJDEN", "BEREIKBAARHEID")));
            }

            @Override
            public void fout(long regel, String reden) {
                result.fail((int) regel, reden);
            }
        });
        return result.build();
    }

    private static Optional<String> code(String raw) {
        var m = SWV.matcher(raw.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", ""));
        return m.matches() ? Optional.of(m.group(1) + m.group(2)) : Optional.empty();
    }

    /** Contact data of one informatiepunt. */
    public record SwvContact(String swvCode, Optional<String> naam, Optional<String> email, Optional<String> telefoon,
                             Optional<String> website, Optional<String> openingstijden) {
    }
}
