package nl.passendwijzer.content.scholen.importeren;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.passendwijzer.content.scholen.School;
import nl.passendwijzer.content.scholen.SchoolSoort;
import nl.passendwijzer.content.scholen.VoNiveau;

/**
 * Reads DUO's open-data address files of school sites ("Alle schoolvestigingen basisonderwijs", "… speciaal
 * basisonderwijs en (voortgezet) speciaal onderwijs", "Alle vestigingen vo") into {@link School} records.
 * <p>
 * The kind of school comes from the row: {@code SOORT PO} (sbo/so/vso file), {@code ONDERWIJSSTRUCTUUR} (vo file),
 * otherwise basisonderwijs. Samenwerkingsverbanden are not in these files; attach them with
 * {@link SwvKoppelingen#koppel}. Optional {@code LATITUDE}/{@code LONGITUDE} columns are read when present.
 */
public final class DuoVestigingenImporter {
    private static final Pattern POSTCODE = Pattern.compile("([1-9]\\d{3})\\s*([A-Za-z]{2})?");
    private static final String[] VESTIGINGSCODE = {"VESTIGINGSCODE"};
    private static final String[] BRIN = {"INSTELLINGSCODE", "BRIN NUMMER", "BRINNUMMER", "BRIN"};
    private static final String[] VESTIGINGSNUMMER = {"VESTIGINGSNUMMER"};
    private static final String[] NAAM = {"VESTIGINGSNAAM", "INSTELLINGSNAAM VESTIGING", "INSTELLINGSNAAM"};
    private static final String[] POSTCODE_KOLOM = {"POSTCODE", "POSTCODE VESTIGING"};
    private static final String[] PLAATS = {"PLAATSNAAM", "PLAATSNAAM VESTIGING"};

    private DuoVestigingenImporter() {
    }

    public static ImportResult<School> read(Path file) {
        try {
            return read(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            return ImportResult.failed(file.toString(), "bestand niet te lezen: " + e.getMessage());
        }
    }

    public static ImportResult<School> read(InputStream in, String bron) {
        try (in) {
            return read(in.readAllBytes(), bron);
        } catch (IOException e) {
            return ImportResult.failed(bron, "bestand niet te lezen: " + e.getMessage());
        }
    }

    /** Reads one file's bytes; the encoding (UTF-8 or Windows-1252) is detected. */
    public static ImportResult<School> read(byte[] bytes, String bron) {
        Optional<DuoCsvTabel> tabel = DuoCsvTabel.lees(TextDecoding.decode(bytes).text());
        if (tabel.isEmpty()) {
            return ImportResult.failed(bron, "leeg bestand of geen kopregel");
        }
        DuoCsvTabel t = tabel.get();
        boolean heeftId = t.heeftKolom(VESTIGINGSCODE) || (t.heeftKolom(BRIN) && t.heeftKolom(VESTIGINGSNUMMER));
        if (!heeftId || !t.heeftKolom(NAAM) || !t.heeftKolom(POSTCODE_KOLOM)) {
            return ImportResult.failed(bron, "geen DUO-vestigingenbestand: kolommen VESTIGINGSCODE (of INSTELLINGSCODE"
                    + " + VESTIGINGSNUMMER), VESTIGINGSNAAM en POSTCODE zijn nodig");
        }
        ImportResult.Builder<School> result = new ImportResult.Builder<>(bron);
        Set<String> gezien = new HashSet<>();
        t.bezoek(new DuoCsvTabel.Bezoeker() {
            @Override
            public void rij(DuoCsvTabel.Rij rij) {
                int regel = (int) rij.regel();
                try {
                    School school = naarSchool(rij);
                    if (!gezien.add(school.id())) {
                        result.skip(regel, "vestiging " + school.id() + " staat er al eerder in");
                    } else {
                        result.add(school);
                    }
                } catch (IllegalArgumentException e) {
                    result.fail(regel, e.getMessage());
                }
            }

            @Override
            public void fout(long regel, String reden) {
                result.fail((int) regel, reden);
            }
        });
        return result.build();
    }

    private static School naarSchool(DuoCsvTabel.Rij rij) {
        String id = vestigingscode(rij);
        String naam = rij.waarde(NAAM).orElseThrow(() -> new IllegalArgumentException("vestigingsnaam ontbreekt"));
        String postcode = rij.waarde(POSTCODE_KOLOM)
                .orElseThrow(() -> new IllegalArgumentException("postcode ontbreekt bij " + id));
        Matcher pc = POSTCODE.matcher(postcode);
        if (!pc.matches()) {
            throw new IllegalArgumentException("ongeldige postcode '" + postcode + "' bij " + id);
        }
        String pc6 = pc.group(2) == null ? pc.group(1) : pc.group(1) + " " + pc.group(2).toUpperCase(Locale.ROOT);
        String straat = rij.waarde("STRAATNAAM").orElse("");
        String huisnummer = rij.waarde("HUISNUMMER-TOEVOEGING", "HUISNUMMER").orElse("");
        SchoolSoort soort = soort(rij);
        List<VoNiveau> niveaus = soort == SchoolSoort.VO
                ? niveaus(rij.waarde("ONDERWIJSSTRUCTUUR").orElse("")) : List.of();
        Optional<Double> lat = getal(rij.waarde("LATITUDE", "LAT", "BREEDTEGRAAD"));
        Optional<Double> lon = getal(rij.waarde("LONGITUDE", "LON", "LENGTEGRAAD"));
        if (lat.isPresent() != lon.isPresent()) {
            lat = Optional.empty();
            lon = Optional.empty();
        }
        return new School(id, naam, soort, niveaus, rij.waarde("DENOMINATIE").orElse(""),
                (straat + " " + huisnummer).strip(), pc6, pc.group(1), rij.waarde(PLAATS).orElse(""),
                rij.waarde("GEMEENTENAAM").orElse(""), lat, lon, Optional.empty(), List.of(),
                rij.waarde("INTERNETADRES", "WEBSITE").map(DuoVestigingenImporter::website), id.startsWith("Z"));
    }

    private static String vestigingscode(DuoCsvTabel.Rij rij) {
        Optional<String> code = rij.waarde(VESTIGINGSCODE);
        String id;
        if (code.isPresent() && code.get().length() == 6) {
            id = code.get();
        } else {
            String brin = rij.waarde(BRIN).orElseThrow(() -> new IllegalArgumentException("BRIN ontbreekt"));
            String nummer = code.or(() -> rij.waarde(VESTIGINGSNUMMER)).orElse("00");
            id = brin + (nummer.length() == 1 ? "0" + nummer : nummer);
        }
        id = id.toUpperCase(Locale.ROOT).replace(" ", "");
        if (!School.isGeldigId(id)) {
            throw new IllegalArgumentException("ongeldige vestigingscode '" + id + "' (verwacht BRIN + 2 cijfers, "
                    + "bv. 12AB00)");
        }
        return id;
    }

    private static SchoolSoort soort(DuoCsvTabel.Rij rij) {
        Optional<String> soortPo = rij.waarde("SOORT PO", "SOORT INSTELLING", "SOORT ONDERWIJS");
        if (soortPo.isPresent()) {
            String s = soortPo.get().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
            if (s.contains("VOORTGEZETSPECIAAL") || s.equals("VSO")) {
                return SchoolSoort.VSO;
            }
            if (s.contains("SPECIAALBASIS") || s.equals("SBO")) {
                return SchoolSoort.SBO;
            }
            if (s.contains("SPECIAAL") || s.startsWith("SO") || s.equals("VSOSO")) {
                return SchoolSoort.SO;
            }
            if (s.contains("BASIS") || s.equals("BAO") || s.equals("BO")) {
                return SchoolSoort.BAO;
            }
            throw new IllegalArgumentException("onbekende SOORT PO '" + soortPo.get() + "'");
        }
        return rij.waarde("ONDERWIJSSTRUCTUUR").isPresent() ? SchoolSoort.VO : SchoolSoort.BAO;
    }

    /** Levels from DUO's ONDERWIJSSTRUCTUUR, e.g. {@code VMBO/HAVO/VWO}, {@code PRO}, {@code HAVO/VWO}. */
    static List<VoNiveau> niveaus(String structuur) {
        String s = structuur.toUpperCase(Locale.ROOT);
        List<VoNiveau> niveaus = new ArrayList<>();
        if (s.contains("PRO")) {
            niveaus.add(VoNiveau.PRO);
        }
        if (s.contains("VMBO") || s.contains("VBO") || s.contains("MAVO")) {
            niveaus.add(VoNiveau.VMBO);
        }
        if (s.contains("HAVO")) {
            niveaus.add(VoNiveau.HAVO);
        }
        if (s.contains("VWO")) {
            niveaus.add(VoNiveau.VWO);
        }
        return niveaus;
    }

    private static Optional<Double> getal(Optional<String> text) {
        try {
            return text.map(t -> Double.parseDouble(t.replace(',', '.')));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String website(String adres) {
        String a = adres.strip();
        return a.matches("(?i)https?://.*") ? a : "https://" + a;
    }
}
