package nl.passendwijzer.server.zoeken;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import nl.passendwijzer.search.DocumentType;
import nl.passendwijzer.search.FacetCount;
import nl.passendwijzer.search.IndexSchema;
import nl.passendwijzer.server.http.Json;
import nl.passendwijzer.server.zoeken.ZoekViews.FacetWaarde;
import nl.passendwijzer.server.zoeken.ZoekViews.ZoekAntwoord;

/**
 * A search answer as JSON bytes. The facet counts are most of an answer (up to a hundred values for each of eight
 * dimensions, each with its label) and, while the index state lasts, the very same object for a search from every
 * postcode (the search index keeps what a search counted), so they are turned into JSON once per such object.
 */
final class AntwoordJson {
    private static final int KEPT = 1_000;

    private final ZoekLabels labels;
    /** By identity (weak keys): a count object is let go with the search index's cache entry that holds it. */
    private final Cache<Map<String, List<FacetCount>>, String> facets = Caffeine.newBuilder().weakKeys()
            .maximumSize(KEPT).build();

    AntwoordJson(ZoekLabels labels) {
        this.labels = labels;
    }

    /** @param answer the answer without its facets ({@code facetten} null), which {@code counts} then fill in */
    byte[] write(ZoekAntwoord answer, Map<String, List<FacetCount>> counts) {
        String json = Json.write(answer);
        String facetsJson = facets.get(counts, this::json);
        // An answer always has fields (q, totaal, …), so its object closes after at least one.
        return (json.substring(0, json.length() - 1) + ",\"facetten\":" + facetsJson + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private String json(Map<String, List<FacetCount>> counts) {
        Map<String, List<FacetWaarde>> values = new LinkedHashMap<>();
        counts.forEach((dimension, list) -> values.put(dimension, list.stream()
                .map(count -> value(dimension, count)).toList()));
        return Json.write(values);
    }

    private FacetWaarde value(String dimension, FacetCount count) {
        String value = IndexSchema.TYPE_FACET.equals(dimension)
                ? ZoekLabels.wireType(DocumentType.valueOf(count.value())) : count.value();
        return new FacetWaarde(value, labels.label(dimension, count.value()), count.count(), count.selected());
    }
}
