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
    private static final byte[] FACETS_FIELD = ",\"facetten\":".getBytes(StandardCharsets.UTF_8);

    /** By identity (weak keys): a count object is let go with the search index's cache entry that holds it. */
    private final Cache<Map<String, List<FacetCount>>, byte[]> facets = Caffeine.newBuilder().weakKeys()
            .maximumSize(KEPT).build();

    AntwoordJson(ZoekLabels labels) {
        this.labels = labels;
    }

    /** @param answer the answer without its facets ({@code facetten} null), which {@code counts} then fill in */
    byte[] write(ZoekAntwoord answer, Map<String, List<FacetCount>> counts) {
        byte[] json = Json.bytes(answer);
        byte[] facetsJson = facets.get(counts, this::json);
        // An answer always has fields (q, totaal, …): its object closes after at least one, with its last byte.
        byte[] out = new byte[json.length - 1 + FACETS_FIELD.length + facetsJson.length + 1];
        System.arraycopy(json, 0, out, 0, json.length - 1);
        System.arraycopy(FACETS_FIELD, 0, out, json.length - 1, FACETS_FIELD.length);
        System.arraycopy(facetsJson, 0, out, json.length - 1 + FACETS_FIELD.length, facetsJson.length);
        out[out.length - 1] = '}';
        return out;
    }

    private byte[] json(Map<String, List<FacetCount>> counts) {
        Map<String, List<FacetWaarde>> values = new LinkedHashMap<>();
        counts.forEach((dimension, list) -> values.put(dimension, list.stream()
                .map(count -> value(dimension, count)).toList()));
        return Json.bytes(values);
    }

    private FacetWaarde value(String dimension, FacetCount count) {
        String value = IndexSchema.TYPE_FACET.equals(dimension)
                ? ZoekLabels.wireType(DocumentType.valueOf(count.value())) : count.value();
        return new FacetWaarde(value, labels.label(dimension, count.value()), count.count(), count.selected());
    }
}
