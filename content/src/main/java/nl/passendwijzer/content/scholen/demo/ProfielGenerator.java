package nl.passendwijzer.content.scholen.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.passendwijzer.content.scholen.GebiedNiveau;
import nl.passendwijzer.content.scholen.SchoolSoort;
import nl.passendwijzer.content.scholen.SopFacetten;
import nl.passendwijzer.content.scholen.VoNiveau;

/** Decides the SOP facets of a fictional school so that areas, provisions, team and limits fit together. */
final class ProfielGenerator {
    /** Inputs that shape a profile. */
    record Kenmerken(SchoolSoort soort, List<VoNiveau> niveaus, int cluster, boolean heeftLift,
                     List<String> verplichteExtraGebieden) {
    }

    private record Grens(Predicate<Gekozen> past, String zin) {
    }

    private record Gekozen(Kenmerken k, List<GebiedNiveau> gebieden, Set<String> voorzieningen) {
        boolean extra(String gebied) {
            return gebieden.stream().anyMatch(g -> g.gebied().equals(gebied) && !g.niveau().equals(GebiedNiveau.BASIS));
        }

        boolean heeft(String voorziening) {
            return voorzieningen.contains(voorziening);
        }
    }

    private static final List<Grens> GRENZEN = List.of(
        new Grens(g -> !g.k().heeftLift(), "Ons gebouw heeft geen lift; de lokalen op de verdieping zijn alleen via de trap bereikbaar."),
        new Grens(g -> !g.k().heeftLift(), "Het gebouw is niet geschikt voor leerlingen die een rolstoel gebruiken."),
        new Grens(g -> true, "Wij kunnen geen één-op-één begeleiding de hele dag bieden."),
        new Grens(g -> !g.extra("medisch"), "Voorbehouden medische handelingen, zoals sondevoeding of katheteriseren, kunnen wij niet uitvoeren."),
        new Grens(g -> !g.extra("gedrag"), "Bij langdurig agressief gedrag kunnen wij de veiligheid van andere leerlingen en medewerkers niet altijd garanderen."),
        new Grens(g -> !g.heeft("kleine-groep") && !g.heeft("prikkelarme-werkplek"), "Onze groepen zijn groot (gemiddeld 28 leerlingen); een rustige, prikkelarme klas kunnen wij niet bieden."),
        new Grens(g -> !g.extra("auditief"), "Wij hebben geen specialistische kennis van dove en slechthorende leerlingen in huis."),
        new Grens(g -> !g.heeft("plusklas") && g.k().soort() != SchoolSoort.SO && g.k().soort() != SchoolSoort.VSO, "Een aparte groep voor hoogbegaafde leerlingen hebben wij niet."),
        new Grens(g -> !g.extra("medisch"), "Verpleegkundige zorg onder schooltijd kunnen wij niet bieden."),
        new Grens(g -> true, "Permanente begeleiding tijdens de pauzes en het overblijven kunnen wij niet organiseren."),
        new Grens(g -> !g.extra("lvb"), "Leerlingen die op alle vakken een eigen leerlijn nodig hebben, kunnen wij in de hogere leerjaren maar beperkt bedienen."),
        new Grens(g -> !g.heeft("time-out-plek"), "Wij hebben geen time-out-ruimte met vaste begeleiding."),
        new Grens(g -> !g.extra("tos") && !g.extra("motorisch"), "Dagelijkse logopedie of fysiotherapie op school is niet mogelijk."),
        new Grens(g -> true, "Vervoer van en naar school regelen wij niet; daarvoor kunt u bij de gemeente leerlingenvervoer aanvragen."),
        new Grens(g -> !g.extra("visueel"), "Lesmateriaal in braille kunnen wij niet zelf maken."),
        new Grens(g -> !g.heeft("prikkelarme-werkplek") && !g.heeft("rustruimte"), "Onze aula en gangen zijn in de pauzes druk; een aparte rustige plek om bij te komen hebben wij niet."),
        new Grens(g -> g.k().soort() == SchoolSoort.VO && !g.k().niveaus().contains(VoNiveau.HAVO), "Een havo- of vwo-programma kunnen wij niet bieden."),
        new Grens(g -> g.k().soort() == SchoolSoort.VO || g.k().soort() == SchoolSoort.VSO, "Een blijvend ingekort rooster is niet mogelijk; een aangepast rooster is altijd tijdelijk en in overleg met de leerplichtambtenaar."),
        new Grens(g -> !g.heeft("jeugdhulp-in-school"), "Behandeling door jeugdhulp of GGZ kan niet onder schooltijd in ons gebouw plaatsvinden."),
        new Grens(g -> g.k().soort() == SchoolSoort.BAO, "Wij kunnen niet meer dan twee leerlingen met een eigen leerlijn in één groep goed begeleiden."),
        new Grens(g -> g.k().soort() == SchoolSoort.SO || g.k().soort() == SchoolSoort.VSO, "Leerlingen die vooral een medische of psychiatrische behandeling nodig hebben, kunnen wij onderwijs bieden, maar geen behandeling."));

    private ProfielGenerator() {
    }

    static SopFacetten facetten(Kenmerken k, Toeval t) {
        List<String> basis = new ArrayList<>(Labels.BASISONDERSTEUNING);
        if (!k.heeftLift()) {
            basis.remove("fysieke-toegankelijkheid");
        }
        if (t.kans(0.12)) {
            basis.remove("medisch-handelen");
        }
        if (t.kans(0.1)) {
            basis.remove("ketenpartners");
        }
        if (t.kans(0.08)) {
            basis.remove("protocol-dyscalculie");
        }
        List<GebiedNiveau> gebieden = gebieden(k, t);
        Set<String> voorzieningen = voorzieningen(k, gebieden, t);
        Gekozen gekozen = new Gekozen(k, gebieden, voorzieningen);
        List<String> grenzen = t.enkele(GRENZEN.stream().filter(g -> g.past().test(gekozen)).map(Grens::zin).toList(),
                t.tussen(2, 4));
        return new SopFacetten(t.kies("positief advies", "positief advies met twee aandachtspunten", "instemming",
                "een positief advies"), basis, gebieden, List.copyOf(voorzieningen), teamrollen(k, gebieden, voorzieningen, t),
                grenzen);
    }

    private static List<GebiedNiveau> gebieden(Kenmerken k, Toeval t) {
        List<String> kandidaten;
        List<String> kern;
        double extraKans;
        switch (k.soort()) {
            case BAO -> {
                kandidaten = List.of("dyslexie", "dyscalculie", "hoogbegaafdheid", "sociaal-emotioneel", "gedrag", "adhd",
                        "autisme", "tos", "medisch", "motorisch", "lvb", "auditief");
                kern = List.of();
                extraKans = 0.35;
            }
            case SBO -> {
                kandidaten = List.of("dyslexie", "dyscalculie", "tos", "sociaal-emotioneel", "medisch");
                kern = List.of("gedrag", "adhd", "autisme", "lvb");
                extraKans = 0.7;
            }
            case SO, VSO -> {
                kandidaten = List.of("sociaal-emotioneel", "medisch", "autisme", "dyslexie");
                kern = switch (k.cluster()) {
                    case 1 -> List.of("visueel", "meervoudig");
                    case 2 -> List.of("tos", "auditief");
                    case 3 -> List.of("lvb", "motorisch", "medisch", "meervoudig");
                    default -> List.of("gedrag", "autisme", "adhd", "sociaal-emotioneel");
                };
                extraKans = 0.6;
            }
            default -> {
                boolean theoretisch = k.niveaus().contains(VoNiveau.HAVO) || k.niveaus().contains(VoNiveau.VWO);
                List<String> vo = new ArrayList<>(List.of("dyslexie", "dyscalculie", "sociaal-emotioneel", "autisme",
                        "adhd", "medisch", "motorisch", "gedrag"));
                vo.add(theoretisch ? "hoogbegaafdheid" : "lvb");
                kandidaten = vo;
                kern = k.niveaus().equals(List.of(VoNiveau.PRO)) ? List.of("lvb") : List.of("dyslexie");
                extraKans = 0.35;
            }
        }
        Set<String> gekozen = new LinkedHashSet<>(kern);
        gekozen.addAll(k.verplichteExtraGebieden());
        gekozen.addAll(t.enkele(kandidaten, t.tussen(2, 5)));
        List<GebiedNiveau> result = new ArrayList<>();
        for (String id : gekozen) {
            String niveau;
            if (kern.contains(id) && (k.soort() == SchoolSoort.SO || k.soort() == SchoolSoort.VSO)) {
                niveau = GebiedNiveau.SPECIALISTISCH;
            } else if (kern.contains(id) || k.verplichteExtraGebieden().contains(id) || t.kans(extraKans)) {
                niveau = t.kans(0.12) && !k.verplichteExtraGebieden().contains(id) ? GebiedNiveau.SPECIALISTISCH
                        : GebiedNiveau.EXTRA;
            } else {
                niveau = GebiedNiveau.BASIS;
            }
            Optional<String> notitie = niveau.equals(GebiedNiveau.BASIS) || !t.kans(0.25) ? Optional.empty()
                    : Optional.of(t.kies("Plaatsing in overleg; er is een beperkt aantal plekken.",
                            "Hiervoor werken we samen met een ambulant begeleider van het samenwerkingsverband.",
                            "Deze ondersteuning bieden we sinds dit schooljaar.",
                            "Alleen in de onderbouw."));
            result.add(new GebiedNiveau(id, niveau, notitie));
        }
        return result;
    }

    private static Set<String> voorzieningen(Kenmerken k, List<GebiedNiveau> gebieden, Toeval t) {
        Set<String> v = new LinkedHashSet<>();
        Gekozen g = new Gekozen(k, gebieden, Set.of());
        boolean speciaal = k.soort() != SchoolSoort.BAO && k.soort() != SchoolSoort.VO;
        if (speciaal || gebieden.stream().anyMatch(x -> x.niveau().equals(GebiedNiveau.SPECIALISTISCH)) || t.kans(0.15)) {
            v.add("kleine-groep");
        }
        if (g.extra("autisme")) {
            v.add("prikkelarme-werkplek");
            if (t.kans(0.7)) {
                v.add("rustruimte");
            }
        }
        if (g.extra("hoogbegaafdheid")) {
            v.add("plusklas");
        }
        if (g.extra("gedrag") || g.extra("adhd")) {
            v.add(t.kies("time-out-plek", "sova-training"));
        }
        if (g.extra("sociaal-emotioneel")) {
            v.add(t.kies("faalangstreductie", "sova-training", "schoolmaatschappelijk-werk"));
        }
        if (gebieden.stream().anyMatch(x -> x.gebied().equals("dyslexie"))) {
            v.add("dyslexiesoftware");
            if (t.kans(0.5)) {
                v.add("remedial-teaching");
            }
        }
        if (k.heeftLift()) {
            v.add("lift");
            v.add("rolstoeltoegankelijk");
            if (g.extra("motorisch") || g.extra("medisch") || t.kans(0.3)) {
                v.add("verzorgingsruimte");
            }
        }
        if (speciaal || t.kans(0.6)) {
            v.add("onderwijsassistent");
        }
        if (t.kans(0.5)) {
            v.add("ambulante-begeleiding");
        }
        if (speciaal ? t.kans(0.7) : t.kans(0.25)) {
            v.add("jeugdhulp-in-school");
        }
        if (t.kans(0.3)) {
            v.add("schoolmaatschappelijk-werk");
        }
        if (k.soort().sector() == SchoolSoort.Sector.VO ? t.kans(0.5) : t.kans(0.15)) {
            v.add("aangepast-rooster");
        }
        if (v.size() < 3) {
            v.add(t.kies("remedial-teaching", "sova-training", "rustruimte"));
            v.add("ambulante-begeleiding");
        }
        return v;
    }

    private static List<String> teamrollen(Kenmerken k, List<GebiedNiveau> gebieden, Set<String> v, Toeval t) {
        Gekozen g = new Gekozen(k, gebieden, v);
        Set<String> rollen = new LinkedHashSet<>();
        if (k.soort().sector() == SchoolSoort.Sector.PO && k.soort() != SchoolSoort.SO) {
            rollen.add("intern-begeleider");
        } else {
            rollen.add("ondersteuningscoordinator");
            rollen.add("mentor");
        }
        if (v.contains("onderwijsassistent")) {
            rollen.add("onderwijsassistent-rol");
        }
        if (v.contains("remedial-teaching")) {
            rollen.add("remedial-teacher");
        }
        if (v.contains("ambulante-begeleiding")) {
            rollen.add("ambulant-begeleider");
        }
        if (v.contains("schoolmaatschappelijk-werk")) {
            rollen.add("schoolmaatschappelijk-werker");
        }
        if (g.extra("gedrag") || g.extra("adhd")) {
            rollen.add("gedragsspecialist");
        }
        if (g.extra("tos")) {
            rollen.add("logopedist");
        }
        if (k.soort() != SchoolSoort.BAO || t.kans(0.5)) {
            rollen.add("orthopedagoog");
        }
        if (t.kans(0.2) || k.soort() == SchoolSoort.SO || k.soort() == SchoolSoort.VSO) {
            rollen.add("schoolpsycholoog");
        }
        if (t.kans(0.6)) {
            rollen.add("jeugdverpleegkundige");
        }
        return List.copyOf(rollen);
    }

    static LocalDate vastgesteldOp(Toeval t) {
        return LocalDate.of(2025, 5, 15).plusDays(t.tussen(0, 60));
    }
}
