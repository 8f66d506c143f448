package nl.passendwijzer.search;

import java.util.List;

/** A small Dutch corpus: three Utrecht schools with SOP sections and a handful of rights articles. */
final class TestCorpus {
    static final List<List<String>> SYNONYMS = List.of(
            List.of("autisme", "ass", "autismespectrumstoornis"),
            List.of("tlv", "toelaatbaarheidsverklaring"),
            List.of("rugzak", "lgf", "leerlinggebonden financiering", "arrangement"));
    static final List<String> VOCABULARY = List.of("dyslexie", "kleine groep", "toelaatbaarheidsverklaring");

    private TestCorpus() {
    }

    static SearchConfig config(String contentVersion) {
        return SearchConfig.of(contentVersion, SYNONYMS, VOCABULARY);
    }

    static List<IndexDocument> documents() {
        return List.of(
                school("01AA00", "Basisschool De Regenboog", "Utrecht", 52.0907, 5.1214, "kleine-groep", "autisme"),
                school("02BB00", "Sbo De Brug", "Utrecht", 52.1000, 5.1800, "rustruimte", "gedrag"),
                school("03CC00", "Cbs Het Anker", "Zeist", 52.0890, 5.2330, "kleine-groep", "dyslexie"),
                IndexDocument.builder("01AA00-sop-1", DocumentType.SOP_SECTIE).parentSchoolId("01AA00")
                        .title("Extra ondersteuning").headingPath(List.of("Ondersteuningsprofiel", "Extra ondersteuning"))
                        .body("Wij bieden een kleine groep voor leerlingen met autisme. De coördinator overlegt met ouders.")
                        .page(4).anchor("extra").schooljaar("2025-2026").url("/scholen/01AA00#extra")
                        .facet("gebied", "autisme").facet("voorziening", "kleine-groep").location(52.0907, 5.1214)
                        .build(),
                IndexDocument.builder("01AA00-sop-2", DocumentType.SOP_SECTIE).parentSchoolId("01AA00")
                        .title("Grenzen").body("Het schoolondersteuningsprofiel beschrijft ook wat wij niet kunnen bieden.")
                        .schooljaar("2019-2020").url("/scholen/01AA00#grenzen").location(52.0907, 5.1214).build(),
                IndexDocument.builder("03CC00-gids-1", DocumentType.GIDS_SECTIE).parentSchoolId("03CC00")
                        .title("Dyslexie").body("Wij volgen het protocol dyslexie en werken met voorleessoftware.")
                        .schooljaar("2025-2026").url("/scholen/03CC00#dyslexie").location(52.0890, 5.2330).build(),
                article("weigeren-ouders", Doelgroep.OUDERS, "Als de school uw kind weigert",
                        "Een school mag een leerling niet zomaar weigeren. Bij weigering geldt de zorgplicht."),
                article("tlv-ouders", Doelgroep.OUDERS, "Wat is een toelaatbaarheidsverklaring",
                        "Voor het speciaal onderwijs is een toelaatbaarheidsverklaring van het samenwerkingsverband nodig."),
                article("arrangement-ouders", Doelgroep.OUDERS, "Extra ondersteuning: het arrangement",
                        "Vroeger bestond de leerlinggebonden financiering. Nu krijgt een leerling een arrangement."),
                article("thuiszitten-ouders", Doelgroep.OUDERS, "Thuiszitten: wat kunt u doen",
                        "Zit uw kind thuis zonder school? Het leerlingenvervoer en de leerplichtambtenaar helpen."),
                article("thuiszitten-jongeren", Doelgroep.JONGEREN, "Thuiszitten: wat kun je doen",
                        "Ga je niet meer naar school omdat je gepest wordt? Dan zit je thuis. Zo krijg je hulp."),
                article("script", Doelgroep.OUDERS, "Veiligheid",
                        "Een tekst met <script>alert('x')</script> over veiligheid op school & pesten."));
    }

    static IndexDocument school(String id, String name, String gemeente, double lat, double lon, String voorziening,
                                String gebied) {
        return IndexDocument.builder(id, DocumentType.SCHOOL).title(name)
                .body(name + " is een school in " + gemeente + " met " + voorziening + " en aandacht voor " + gebied)
                .url("/scholen/" + id).facet("gemeente", gemeente).facet("voorziening", voorziening)
                .facet("gebied", gebied).facet("sector", "po").location(lat, lon).fictief(true).build();
    }

    static IndexDocument article(String slug, Doelgroep doelgroep, String title, String body) {
        return IndexDocument.builder("artikel-" + slug, DocumentType.ARTIKEL).title(title).body(body)
                .doelgroep(doelgroep).url("/rechten/" + slug).build();
    }
}
