package nl.passendwijzer.content.scholen.importeren;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.passendwijzer.content.scholen.School;

/**
 * Reads DUO's "Scholen per samenwerkingsverband" files (PO and VO) into site → samenwerkingsverband links.
 * The code is accepted as written in the regio-indeling ({@code PO2707}) or with separators
 * ({@code PO 27-07}, {@code SWV VO 27.08}).
 */
public final class DuoSwvScholenImporter {
    private static final Pattern SWV = Pattern.compile("(?:SWV)?(PO|VO)(\\d{4})");
    private static final String[] SWV_KOLOM = {"SAMENWERKINGSVERBAND", "ADMINISTRATIENUMMER", "CODE SAMENWERKINGSVERBAND",
        "SAMENWERKINGSVERBANDNUMMER", "SWV"};

    private DuoSwvScholenImporter() {
    }

    public static ImportResult<SwvKoppeling> read(Path file) {
        try {
            return read(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            return ImportResult.failed(file.toString(), "bestand niet te lezen: " + e.getMessage());
        }
    }

    public static ImportResult<SwvKoppeling> read(InputStream in, String bron) {
        try (in) {
            return read(in.readAllBytes(), bron);
        } catch (IOException e) {
            return ImportResult.failed(bron, "bestand niet te lezen: " + e.getMessage());
        }
    }

    public static ImportResult<SwvKoppeling> read(byte[] bytes, String bron) {
        Optional<DuoCsvTabel> tabel = DuoCsvTabel.lees(TextDecoding.decode(bytes).text());
        if (tabel.isEmpty()) {
            return ImportResult.failed(bron, "leeg bestand of geen kopregel");
        }
        DuoCsvTabel t = tabel.get();
        if (!t.heeftKolom(SWV_KOLOM) || !t.heeftKolom("VESTIGINGSCODE")) {
            return ImportResult.failed(bron, "geen bestand 'scholen per samenwerkingsverband': kolommen "
                    + "SAMENWERKINGSVERBAND en VESTIGINGSCODE zijn nodig");
        }
        ImportResult.Builder<SwvKoppeling> result = new ImportResult.Builder<>(bron);
        Set<SwvKoppeling> gezien = new HashSet<>();
        t.bezoek(new DuoCsvTabel.Bezoeker() {
            @Override
            public void rij(DuoCsvTabel.Rij rij) {
                int regel = (int) rij.regel();
                Optional<String> swv = rij.waarde(SWV_KOLOM).flatMap(DuoSwvScholenImporter::swvCode);
                Optional<String> id = rij.waarde("VESTIGINGSCODE").map(v -> v.toUpperCase(Locale.ROOT));
                if (swv.isEmpty()) {
                    result.fail(regel, "samenwerkingsverband ontbreekt of is geen PO…/VO…-code");
                } else if (id.isEmpty() || !School.isGeldigId(id.get())) {
                    result.fail(regel, "ongeldige vestigingscode '" + id.orElse("") + "'");
                } else if (!gezien.add(new SwvKoppeling(id.get(), swv.get()))) {
                    result.skip(regel, "koppeling " + id.get() + " → " + swv.get() + " staat er al eerder in");
                } else {
                    result.add(new SwvKoppeling(id.get(), swv.get()));
                }
            }

            @Override
            public void fout(long regel, String reden) {
                result.fail((int) regel, reden);
            }
        });
        return result.build();
    }

    static Optional<String> swvCode(String text) {
        Matcher m = SWV.matcher(text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", ""));
        return m.matches() ? Optional.of(m.group(1) + m.group(2)) : Optional.empty();
    }
}
