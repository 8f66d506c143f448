package nl.passendwijzer.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.passendwijzer.content.regio.Pc4;
import nl.passendwijzer.content.regio.Pc4Centroids;
import nl.passendwijzer.search.DocumentType;
import nl.passendwijzer.search.FacetCount;
import nl.passendwijzer.search.SearchResponse;

/**
 * A realistic mix of what parents type: plain lay questions (about 40 %), typos (15 %), searches narrowed by facets
 * (25 %) and searches near a postcode (20 %). Facet values are taken from the corpus itself (the most frequent
 * ones), so the same mix works on the smoke corpus and on the national one.
 */
final class QueryMix {
    static final List<String> LAY = List.of(
            "mijn kind heeft autisme", "school met kleine klassen", "dyslexie", "extra ondersteuning bij gedrag",
            "hoogbegaafd", "toelaatbaarheidsverklaring", "wat is zorgplicht", "mijn zoon zit al maanden thuis",
            "plusklas", "speciaal onderwijs", "begeleiding bij adhd", "rugzakje", "ondersteuningsprofiel",
            "mag de school mijn kind weigeren", "kind wordt gepest", "time-out voorziening", "faalangst",
            "logopedie op school", "huiswerkbegeleiding", "onderwijsassistent in de klas");
    static final List<String> TYPOS = List.of(
            "autsime", "dislexie", "hoogbegaaft kind", "toelaatbaarheidsverklaing", "zorgplict",
            "kleine klasssen", "ondersteunings profiel", "gedragsprobleemen");
    private static final List<String> FACET_TEXTS = List.of(
            "autisme", "extra ondersteuning", "dyslexie", "kleine groep", "gedrag");
    /** Town centres spread over the country; skipped when the bundled centroids lack one. */
    private static final List<String> ORIGINS = List.of("3511", "1012", "9711", "5611", "6511", "2511", "8011");

    private QueryMix() {
    }

    /** @param browse the response to an empty query: its facet counts tell which values are common */
    static List<BenchQuery> build(SearchResponse browse, Pc4Centroids centroids) {
        List<BenchQuery> mix = new ArrayList<>();
        LAY.forEach(text -> mix.add(plain("lay", text)));
        TYPOS.forEach(text -> mix.add(plain("typo", text)));
        List<Map<String, Set<String>>> filters = new ArrayList<>();
        filters.add(Map.of("sector", Set.of("vo")));
        top(browse, "gebied", 2).forEach(v -> filters.add(Map.of("gebied", Set.of(v))));
        top(browse, "voorziening", 2).forEach(v -> filters.add(Map.of("voorziening", Set.of(v))));
        top(browse, "gemeente", 2).forEach(v -> filters.add(Map.of("gemeente", Set.of(v))));
        List<String> twoTowns = top(browse, "gemeente", 4).subList(2, Math.min(4, top(browse, "gemeente", 4).size()));
        if (!twoTowns.isEmpty()) {
            filters.add(Map.of("gemeente", new LinkedHashSet<>(twoTowns), "sector", Set.of("po")));
        }
        top(browse, "denominatie", 1).forEach(v -> filters.add(Map.of("denominatie", Set.of(v))));
        for (int i = 0; i < filters.size(); i++) {
            Set<DocumentType> types = i % 3 == 0 ? Set.of(DocumentType.SCHOOL) : Set.of();
            mix.add(new BenchQuery("facet", FACET_TEXTS.get(i % FACET_TEXTS.size()), types, filters.get(i),
                                   Optional.empty(), Optional.empty()));
        }
        List<String> origins = ORIGINS.stream().filter(code -> centroids.find(new Pc4(code)).isPresent()).toList();
        for (int i = 0; i < origins.size(); i++) {
            String code = origins.get(i);
            mix.add(new BenchQuery("distance", FACET_TEXTS.get(i % FACET_TEXTS.size()), Set.of(), Map.of(),
                                   Optional.of(code), Optional.of(i % 2 == 0 ? 10.0 : 25.0)));
            if (i % 2 == 0) {
                mix.add(new BenchQuery("distance", "", Set.of(DocumentType.SCHOOL), Map.of(), Optional.of(code),
                                       Optional.of(5.0)));
            }
        }
        return List.copyOf(mix);
    }

    private static BenchQuery plain(String category, String text) {
        return new BenchQuery(category, text, Set.of(), Map.of(), Optional.empty(), Optional.empty());
    }

    private static List<String> top(SearchResponse browse, String dimension, int n) {
        return browse.facets().getOrDefault(dimension, List.of()).stream()
                .sorted((a, b) -> Long.compare(b.count(), a.count()))
                .map(FacetCount::value).limit(n).toList();
    }

    /** Count per category, for the report. */
    static Map<String, Long> categories(List<BenchQuery> mix) {
        Map<String, Long> counts = new LinkedHashMap<>();
        mix.forEach(q -> counts.merge(q.category(), 1L, Long::sum));
        return counts;
    }
}
