package nl.passendwijzer.content.scholen.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import nl.passendwijzer.content.scholen.School;
import nl.passendwijzer.content.scholen.SchoolSoort;
import nl.passendwijzer.content.scholen.VoNiveau;

/**
 * Writes the fictional schools in the layout of DUO's open-data files (semicolon separated, every field quoted,
 * CRLF), so the demo goes through the same importer as real data. The basisonderwijs and (v)so files are written
 * in Windows-1252 like DUO's own downloads, the vo file in UTF-8, so both encodings stay exercised.
 */
final class DuoCsvSchrijver {
    private static final List<String> ADRES = List.of("PROVINCIE", "BEVOEGD GEZAG NUMMER", "INSTELLINGSCODE",
            "VESTIGINGSCODE", "VESTIGINGSNAAM", "STRAATNAAM", "HUISNUMMER-TOEVOEGING", "POSTCODE", "PLAATSNAAM",
            "GEMEENTENUMMER", "GEMEENTENAAM", "DENOMINATIE", "TELEFOONNUMMER", "INTERNETADRES");
    private static final List<String> SWV = List.of("SAMENWERKINGSVERBAND", "NAAM SAMENWERKINGSVERBAND",
            "INSTELLINGSCODE", "VESTIGINGSCODE", "VESTIGINGSNAAM", "PLAATSNAAM");

    private DuoCsvSchrijver() {
    }

    static void schrijf(List<DemoSchool> scholen, java.util.Map<String, String> swvNamen, Path map) {
        schrijfVestigingen(scholen, s -> s.soort() == SchoolSoort.BAO, List.of(), map.resolve("vestigingen-bo.csv"),
                nl.passendwijzer.content.scholen.importeren.TextDecoding.WINDOWS_1252);
        schrijfVestigingen(scholen, s -> s.soort() == SchoolSoort.SBO || s.soort() == SchoolSoort.SO
                || s.soort() == SchoolSoort.VSO, List.of("SOORT PO"), map.resolve("vestigingen-so.csv"),
                nl.passendwijzer.content.scholen.importeren.TextDecoding.WINDOWS_1252);
        schrijfVestigingen(scholen, s -> s.soort() == SchoolSoort.VO, List.of("ONDERWIJSSTRUCTUUR"),
                map.resolve("vestigingen-vo.csv"), java.nio.charset.StandardCharsets.UTF_8);
        for (SchoolSoort.Sector sector : SchoolSoort.Sector.values()) {
            List<List<String>> rijen = new ArrayList<>();
            for (DemoSchool d : scholen) {
                School s = d.school();
                if (s.soort().sector() == sector) {
                    for (String swv : s.swvCodes()) {
                        rijen.add(List.of(swv, swvNamen.getOrDefault(swv, "samenwerkingsverband " + swv),
                                s.brin(), s.id(), s.naam(), s.plaats()));
                    }
                }
            }
            schrijfBestand(SWV, rijen, map.resolve("scholen-per-swv-" + sector.name().toLowerCase(Locale.ROOT) + ".csv"),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static void schrijfVestigingen(List<DemoSchool> scholen, Predicate<School> filter, List<String> extra,
                                           Path bestand, Charset charset) {
        List<String> kolommen = new ArrayList<>(ADRES);
        kolommen.addAll(4, extra);
        kolommen.add("LATITUDE");
        kolommen.add("LONGITUDE");
        List<List<String>> rijen = new ArrayList<>();
        for (DemoSchool d : scholen) {
            School s = d.school();
            if (!filter.test(s)) {
                continue;
            }
            int spatie = s.straatHuisnummer().lastIndexOf(' ');
            List<String> rij = new ArrayList<>(List.of("", "9" + "%04d".formatted(Math.abs(d.bestuur().hashCode()) % 10000),
                    s.brin(), s.id(), s.naam(), s.straatHuisnummer().substring(0, spatie),
                    s.straatHuisnummer().substring(spatie + 1), s.postcode(), s.plaats(), "",
                    s.gemeente(), s.denominatie(), d.personen().telefoon(),
                    s.website().orElse("").replace("https://", "")));
            if (extra.contains("SOORT PO")) {
                rij.add(4, switch (s.soort()) {
                    case SBO -> "Speciaal basisonderwijs";
                    case SO -> "Speciaal onderwijs";
                    default -> "Voortgezet speciaal onderwijs";
                });
            }
            if (extra.contains("ONDERWIJSSTRUCTUUR")) {
                rij.add(4, String.join("/", s.niveaus().stream().map(VoNiveau::name).toList()));
            }
            rij.add(String.format(Locale.ROOT, "%.6f", s.lat().orElseThrow()));
            rij.add(String.format(Locale.ROOT, "%.6f", s.lon().orElseThrow()));
            rijen.add(rij);
        }
        schrijfBestand(kolommen, rijen, bestand, charset);
    }

    private static void schrijfBestand(List<String> kolommen, List<List<String>> rijen, Path bestand, Charset charset) {
        StringBuilder b = new StringBuilder();
        b.append(regel(kolommen));
        rijen.forEach(r -> b.append(regel(r)));
        try {
            Files.writeString(bestand, b.toString(), charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String regel(List<String> cellen) {
        return String.join(";", cellen.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList()) + "\r\n";
    }
}
