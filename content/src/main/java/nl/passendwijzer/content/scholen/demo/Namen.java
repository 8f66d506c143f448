package nl.passendwijzer.content.scholen.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.passendwijzer.content.scholen.SchoolSoort;
import nl.passendwijzer.content.scholen.VoNiveau;

/** Fictional but realistic school, person, street and board names. */
final class Namen {
    private static final List<String> KERN = List.of(
            "De Wilgenhoek", "De Regenboog", "Het Baken", "De Klimop", "De Vlinderhof", "De Zonnewijzer",
            "De Windroos", "Het Kompas", "De Notenkraker", "Het Lichtbaken", "De Springplank", "De Tweemaster",
            "De Zevensprong", "De Meander", "De Vuurtoren", "De Horizon", "De Sterrenwacht", "De Kastanjegaard",
            "De Bongerd", "De Lindenhof", "Het Fluitekruid", "De Speelwerf", "Het Ooievaarsnest", "De Hazelaar",
            "De Boomgaard", "De Klaproos", "De Duizendpoot", "De Zeppelin", "De Vlieger", "De Kameleon",
            "De Toverfluit", "De Triangel", "De Esdoorn", "De Watermolen", "De Dukdalf", "De Brede Blik",
            "De Singelhof", "De Kersentuin", "De Veldhoek", "De Zandloper", "De Morgenster", "De Wielewaal",
            "De Pijlstaart", "De Sleutelbloem", "De Kleine Prins", "Het Schatkist", "De Waterlelie", "De Rietkraag",
            "De Eikenhorst", "De Lisdodde", "Het Klavertje Vier", "De Avonturijn", "De Bolderkar", "De Parelduiker",
            "De Stadsbleek", "De Torenvalk", "De Krekel", "De Kraanvogel", "Het Noorderlicht", "De Zuiderzon",
            "De Oostpoort", "De Westerkim", "De Linde", "De Populier", "De Wingerd", "Het Pluspunt", "Het Mozaïek",
            "Het Octopus", "Het Palet", "De Globe", "De Tamboerijn", "De Uilenhorst", "De Dolfijn", "Het Spectrum");
    private static final List<String> PO_VOORVOEGSEL = List.of("Basisschool ", "Kindcentrum ", "", "",
            "Integraal Kindcentrum ", "IKC ", "Basisschool ", "Kindcentrum ");
    private static final List<String> VO_NAAM = List.of("Ravenstein", "Veldhuis", "Eilanden", "Duinrand", "Singel",
            "Waterland", "Heuvelrug", "Rivierzicht", "Lindeboom", "Stadspoort", "Valkenhorst", "Grachtenhof",
            "Zuiderpark", "Noordster", "Oosterhout", "Westland", "Erasmushof", "Dijkzicht", "Berkenrode", "Kanaalzone",
            "Meerwijk", "Kennemer", "Polderpoort", "Heideveld", "Bosrand", "Burcht", "Beemster", "IJsselhof");
    private static final List<String> VOORNAAM = List.of("Anouk", "Bram", "Charlotte", "Daan", "Eva", "Fleur", "Gijs",
            "Hanna", "Iris", "Jeroen", "Karin", "Lars", "Marieke", "Noor", "Olivier", "Petra", "Ruben", "Sanne",
            "Thijs", "Ursula", "Vera", "Willem", "Yasmina", "Zeynep", "Mohammed", "Fatma", "Kees", "Ingrid", "Sem",
            "Loes", "Rachid", "Mila", "Bart", "Esther", "Hatice", "Joost", "Lieke", "Mark", "Naima", "Pieter");
    private static final List<String> ACHTERNAAM = List.of("de Vries", "Jansen", "van Dijk", "Bakker", "Visser",
            "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen",
            "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok", "Jacobs",
            "Haddou", "Yilmaz", "Kaya", "El Amrani", "Koster", "Prins", "Huisman", "Postma", "Kuipers", "Veenstra");
    private static final List<String> STRAAT = List.of("Wilgenlaan", "Schoolstraat", "Kastanjelaan", "Esdoornstraat",
            "Merelweg", "Sportlaan", "Vondelstraat", "Parkweg", "Molenweg", "Kerkpad", "Lindelaan", "Beatrixlaan",
            "Tulpstraat", "Rozenhof", "Berkenplein", "Julianaweg", "Zonnebloemstraat", "Vlietkade", "Dorpsstraat",
            "Populierenlaan", "Leeuwerikstraat", "Kanaalweg", "Spoorlaan", "Havenstraat", "Meidoornpad");
    private static final List<String> BESTUUR = List.of("Stichting Kindante-Noord", "Stichting Leerrijk",
            "Stichting Samen Verder Onderwijs", "Stichting Openbaar Onderwijs Rivierenland", "Stichting Wijzer",
            "Vereniging voor Christelijk Onderwijs De Akker", "Stichting Brede Horizon", "Stichting Talentrijk",
            "Stichting Katholiek Onderwijs Kompas", "Stichting Openbaar Onderwijs Delta", "Stichting Lumen",
            "Onderwijsgroep Noorderkroon", "Scholengroep Overstroom", "Stichting Speciaal Onderwijs De Brug");

    private final Set<String> gebruikt = new HashSet<>();

    /** A name not used before in this set. */
    String school(SchoolSoort soort, String plaats, int cluster, List<VoNiveau> niveaus, Toeval t) {
        for (int poging = 0; ; poging++) {
            String naam = switch (soort) {
                case BAO -> t.kies(PO_VOORVOEGSEL) + t.kies(KERN);
                case SBO -> t.kies("SBO ", "Speciale basisschool ", "SBO ") + t.kies(KERN);
                case SO -> soSchool(cluster, t) + t.kies(KERN);
                case VSO -> t.kies("VSO ", "Voortgezet speciaal onderwijs ") + t.kies(VO_NAAM) + t.kies("college", "school", " Praktijkcollege");
                case VO -> voSchool(niveaus, t);
            };
            String kandidaat = poging < 3 ? naam : naam + " " + plaats + (poging > 3 ? " " + poging : "");
            if (gebruikt.add(kandidaat)) {
                return kandidaat;
            }
        }
    }

    private static String soSchool(int cluster, Toeval t) {
        return switch (cluster) {
            case 1 -> "School voor slechtzienden ";
            case 2 -> t.kies("School voor taal en communicatie ", "SO cluster 2 ");
            case 3 -> t.kies("Mytylschool ", "SO ", "School voor zeer moeilijk lerenden ");
            default -> t.kies("SO ", "School voor speciaal onderwijs ", "Kindcentrum voor speciaal onderwijs ");
        };
    }

    /** The name fits the levels: a praktijkschool offers only pro, a vakcollege only vmbo, a lyceum no vmbo. */
    private static String voSchool(List<VoNiveau> niveaus, Toeval t) {
        String kern = t.kies(VO_NAAM);
        if (niveaus.equals(List.of(VoNiveau.PRO))) {
            return "Praktijkschool " + kern;
        }
        if (niveaus.equals(List.of(VoNiveau.VMBO))) {
            return t.kies(kern + " Vakcollege", kern + " College", "Het " + kern + " College");
        }
        if (!niveaus.contains(VoNiveau.VMBO)) {
            return t.kies(kern + " Lyceum", "Stedelijk Gymnasium " + kern, kern + " College");
        }
        return t.kies(kern + " College", "Scholengemeenschap " + kern, "Het " + kern + " College", kern + "college");
    }

    static String persoon(Toeval t) {
        return t.kies(VOORNAAM) + " " + t.kies(ACHTERNAAM);
    }

    static String straat(Toeval t) {
        return t.kies(STRAAT) + " " + t.tussen(1, 180);
    }

    static String bestuur(Toeval t) {
        return t.kies(BESTUUR);
    }
}
