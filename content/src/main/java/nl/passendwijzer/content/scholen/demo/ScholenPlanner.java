package nl.passendwijzer.content.scholen.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.passendwijzer.content.scholen.DocumentFormat;
import nl.passendwijzer.content.scholen.School;
import nl.passendwijzer.content.scholen.SchoolSoort;
import nl.passendwijzer.content.scholen.VoNiveau;

/**
 * Places fictional schools on real PC4s of their samenwerkingsverband and decides their profiles.
 * The demo set covers twelve regions across the country; the national set covers every samenwerkingsverband.
 */
final class ScholenPlanner {
    /** One samenwerkingsverband to fill, with the gemeente most of its schools should be in. */
    record Regio(String swv, String kernGemeente) {
    }

    /** The twelve demo regions: PO and VO samenwerkingsverband around a city. */
    static final List<String[]> DEMO_REGIO_S = List.of(
            new String[] {"Amsterdam", "PO2707", "VO2708"}, new String[] {"Utrecht", "PO2601", "VO2601"},
            new String[] {"Zwolle", "PO2305", "VO2305"}, new String[] {"Groningen", "PO2001", "VO2001"},
            new String[] {"Rotterdam", "PO2806", "VO2810"}, new String[] {"'s-Gravenhage", "PO2815", "VO2806"},
            new String[] {"Eindhoven", "PO3007", "VO3007"}, new String[] {"Maastricht", "PO3105", "VO3105"},
            new String[] {"Leeuwarden", "PO2101", "VO2101"}, new String[] {"Arnhem", "PO2506", "VO2506"},
            new String[] {"Middelburg", "PO2901", "VO2901"}, new String[] {"Enschede", "PO2302", "VO2302"});

    /** Demo journeys need these: autism support in Utrecht near 3511, VO schools in Zwolle. */
    private static final String UTRECHT_CENTRUM = "3511";
    private static final double UTRECHT_STRAAL_KM = 5.0;

    private static final DocumentFormat[] FORMATEN = DocumentFormat.values();

    private final RegioTabel regio;
    private final Toeval toeval;
    private final Namen namen = new Namen();
    private final List<DemoSchool> scholen = new ArrayList<>();
    private final Map<String, String> swvNamen = new LinkedHashMap<>();

    ScholenPlanner(RegioTabel regio, long seed) {
        this.regio = regio;
        this.toeval = new Toeval(seed);
    }

    /** The demo set: {@code aantal} schools over the twelve demo regions. */
    List<DemoSchool> demo(int aantal) {
        int perRegio = Math.max(aantal / DEMO_REGIO_S.size(), 8);
        int rest = aantal - perRegio * DEMO_REGIO_S.size();
        for (int i = 0; i < DEMO_REGIO_S.size(); i++) {
            String[] r = DEMO_REGIO_S.get(i);
            int n = perRegio + (i < rest ? 1 : 0);
            int vo = Math.round(n * 0.28f);
            int so = Math.max(1, n / 20);
            int vso = Math.max(1, n / 20);
            int sbo = Math.max(1, n / 14);
            int bao = n - vo - so - vso - sbo;
            vulPo(new Regio(r[1], r[0]), bao, sbo, so);
            vulVo(new Regio(r[2], r[0]), vo, vso);
        }
        return List.copyOf(scholen);
    }

    /** The national set: at least {@code aantal} schools over every samenwerkingsverband, by number of PC4s. */
    List<DemoSchool> landelijk(int aantal) {
        Map<String, List<RegioTabel.Pc4>> po = regio.alle().stream().collect(Collectors.groupingBy(RegioTabel.Pc4::poSwv,
                LinkedHashMap::new, Collectors.toList()));
        Map<String, List<RegioTabel.Pc4>> vo = regio.alle().stream().collect(Collectors.groupingBy(RegioTabel.Pc4::voSwv,
                LinkedHashMap::new, Collectors.toList()));
        int pc4s = regio.alle().size();
        double poAandeel = aantal * 0.8 / pc4s;
        double voAandeel = aantal * 0.2 / pc4s;
        for (var e : po.entrySet()) {
            int n = (int) Math.ceil(e.getValue().size() * poAandeel);
            int so = Math.max(1, n / 30);
            int sbo = Math.max(1, n / 25);
            vulPo(new Regio(e.getKey(), grootsteGemeente(e.getValue())), n - so - sbo, sbo, so);
        }
        for (var e : vo.entrySet()) {
            int n = (int) Math.ceil(e.getValue().size() * voAandeel);
            int vso = Math.max(1, n / 8);
            vulVo(new Regio(e.getKey(), grootsteGemeente(e.getValue())), n - vso, vso);
        }
        return List.copyOf(scholen);
    }

    /** Display names of the samenwerkingsverbanden the schools belong to, for the schoolgids. */
    Map<String, String> swvNamen() {
        return swvNamen;
    }

    private void vulPo(Regio r, int bao, int sbo, int so) {
        swvNamen.put(r.swv(), "samenwerkingsverband passend onderwijs " + r.swv() + " (regio " + r.kernGemeente() + ")");
        List<RegioTabel.Pc4> pc4s = regio.vanSwv(r.swv()).stream().filter(p -> p.poSwv().equals(r.swv())).toList();
        Optional<RegioTabel.Pc4> utrecht = regio.pc4(UTRECHT_CENTRUM).filter(p -> p.poSwv().equals(r.swv()));
        for (int i = 0; i < bao; i++) {
            if (utrecht.isPresent() && i < 6) {
                List<RegioTabel.Pc4> dichtbij = pc4s.stream().filter(p -> p.pc4().compareTo("3511") >= 0
                        && p.pc4().compareTo("3584") <= 0 && afstand(p, utrecht.get()) < UTRECHT_STRAAL_KM - 1).toList();
                maak(SchoolSoort.BAO, List.of(), toeval.kies(dichtbij), r, i < 4 ? List.of("autisme") : List.of());
            } else {
                maak(SchoolSoort.BAO, List.of(), kies(pc4s, r), r, List.of());
            }
        }
        for (int i = 0; i < sbo; i++) {
            maak(SchoolSoort.SBO, List.of(), kies(pc4s, r), r, List.of());
        }
        for (int i = 0; i < so; i++) {
            maak(SchoolSoort.SO, List.of(), kies(pc4s, r), r, List.of());
        }
    }

    private void vulVo(Regio r, int vo, int vso) {
        swvNamen.put(r.swv(), "samenwerkingsverband passend onderwijs " + r.swv() + " (regio " + r.kernGemeente() + ")");
        List<RegioTabel.Pc4> pc4s = regio.vanSwv(r.swv()).stream().filter(p -> p.voSwv().equals(r.swv())).toList();
        List<List<VoNiveau>> combinaties = List.of(List.of(VoNiveau.PRO), List.of(VoNiveau.VMBO),
                List.of(VoNiveau.VMBO, VoNiveau.HAVO), List.of(VoNiveau.VMBO, VoNiveau.HAVO, VoNiveau.VWO),
                List.of(VoNiveau.HAVO, VoNiveau.VWO), List.of(VoNiveau.VWO), List.of(VoNiveau.VMBO, VoNiveau.HAVO, VoNiveau.VWO));
        for (int i = 0; i < vo; i++) {
            List<VoNiveau> niveaus = i < combinaties.size() ? combinaties.get(i) : toeval.kies(combinaties);
            // The first VO school of a region always supports pupils with social-emotional needs (Daan's journey).
            maak(SchoolSoort.VO, niveaus, kies(pc4s, r), r, i == 0 ? List.of("sociaal-emotioneel") : List.of());
        }
        for (int i = 0; i < vso; i++) {
            maak(SchoolSoort.VSO, List.of(), kies(pc4s, r), r, List.of());
        }
    }

    /** Mostly a PC4 in the region's main gemeente, sometimes elsewhere in the samenwerkingsverband. */
    private RegioTabel.Pc4 kies(List<RegioTabel.Pc4> pc4s, Regio r) {
        List<RegioTabel.Pc4> kern = pc4s.stream().filter(p -> p.gemeente().equals(r.kernGemeente())).toList();
        return !kern.isEmpty() && toeval.kans(0.7) ? toeval.kies(kern) : toeval.kies(pc4s);
    }

    private void maak(SchoolSoort soort, List<VoNiveau> niveaus, RegioTabel.Pc4 pc4, Regio r, List<String> verplicht) {
        int index = scholen.size();
        Toeval t = toeval.kind(index);
        int cluster = soort == SchoolSoort.SO || soort == SchoolSoort.VSO
                ? (t.kans(0.5) ? 3 : t.kans(0.75) ? 4 : t.kans(0.8) ? 2 : 1) : 0;
        boolean lift = soort != SchoolSoort.BAO || t.kans(0.55);
        ProfielGenerator.Kenmerken kenmerken = new ProfielGenerator.Kenmerken(soort, niveaus, cluster, lift, verplicht);
        String naam = namen.school(soort, pc4.gemeente(), cluster, niveaus, t);
        String id = id(index);
        String postcode = pc4.pc4() + " " + letters(t);
        double lat = pc4.lat() + (t.getal() - 0.5) * 0.006;
        double lon = pc4.lon() + (t.getal() - 0.5) * 0.009;
        List<String> swvs = soort.dientMeerdereSwvs() ? buren(pc4, soort, t) : List.of(r.swv());
        String slug = nl.passendwijzer.content.scholen.documenten.Ankers.slug(naam);
        School school = new School(id, naam, soort, niveaus, t.kies("Openbaar", "Rooms-Katholiek",
                "Protestants-Christelijk", "Algemeen bijzonder", "Openbaar", "Samenwerking PC, RK", "Islamitisch",
                "Interconfessioneel", "Reformatorisch", "Antroposofisch"), Namen.straat(t), postcode, pc4.pc4(),
                pc4.gemeente(), pc4.gemeente(), Optional.of(lat), Optional.of(lon), Optional.empty(), List.of(),
                Optional.of("https://www." + slug + ".example"), true).metSwvs(swvs);
        DemoSchool.Personen personen = new DemoSchool.Personen(Namen.persoon(t), Namen.persoon(t), Namen.persoon(t),
                "0" + (10 + t.tussen(0, 89)) + " 000 " + t.tussen(1000, 9999), "info@" + slug + ".example");
        int leerlingen = switch (soort) {
            case BAO -> t.tussen(90, 520);
            case SBO -> t.tussen(80, 200);
            case SO, VSO -> t.tussen(40, 220);
            case VO -> niveaus.equals(List.of(VoNiveau.PRO)) ? t.tussen(150, 400) : t.tussen(450, 1900);
        };
        scholen.add(new DemoSchool(school, ProfielGenerator.facetten(kenmerken, t), ProfielGenerator.vastgesteldOp(t),
                t.tussen(0, 2), t.getal(), leerlingen, cluster, personen, lift, Namen.bestuur(t),
                FORMATEN[index % 3], FORMATEN[(index + 1) % 3]));
    }

    /** Special schools serve their own samenwerkingsverband and up to two neighbouring ones. */
    private List<String> buren(RegioTabel.Pc4 pc4, SchoolSoort soort, Toeval t) {
        boolean po = soort.sector() == SchoolSoort.Sector.PO;
        String eigen = po ? pc4.poSwv() : pc4.voSwv();
        Set<String> swvs = new LinkedHashSet<>(List.of(eigen));
        regio.alle().stream().filter(p -> afstand(p, pc4) < 30)
                .sorted(Comparator.comparingDouble(p -> afstand(p, pc4)))
                .map(p -> po ? p.poSwv() : p.voSwv())
                .filter(s -> !s.equals(eigen)).distinct().limit(t.tussen(1, 2)).forEach(swvs::add);
        return List.copyOf(swvs);
    }

    /** Fictional ids: 'Z' (never the start of a real BRIN), a letter, two digits, then the vestigingsnummer. */
    static String id(int index) {
        char letter = (char) ('A' + (index / 100) % 26);
        return "Z" + letter + "%02d%02d".formatted(index % 100, index / 2600);
    }

    private static String letters(Toeval t) {
        String l;
        do {
            l = "" + (char) ('A' + t.tussen(0, 25)) + (char) ('A' + t.tussen(0, 25));
        } while (l.equals("SA") || l.equals("SD") || l.equals("SS"));
        return l;
    }

    private static double afstand(RegioTabel.Pc4 a, RegioTabel.Pc4 b) {
        return RegioTabel.afstandKm(a.lat(), a.lon(), b.lat(), b.lon());
    }

    private static String grootsteGemeente(List<RegioTabel.Pc4> pc4s) {
        return pc4s.stream().collect(Collectors.groupingBy(RegioTabel.Pc4::gemeente, Collectors.counting()))
                .entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse("");
    }
}
