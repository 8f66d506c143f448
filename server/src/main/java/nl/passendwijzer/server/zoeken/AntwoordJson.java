package nl.passendwijzer.server.zoeken;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import nl.passendwijzer.search.DocumentType;
import nl.passendwijzer.search.FacetCount;
import nl.passendwijzer.search.IndexSchema;
import nl.passendwijzer.server.zoeken.ZoekViews.AntwoordKaart;
import nl.passendwijzer.server.zoeken.ZoekViews.Oorsprong;
import nl.passendwijzer.server.zoeken.ZoekViews.Resultaat;
import nl.passendwijzer.server.zoeken.ZoekViews.Uitleg;
import nl.passendwijzer.server.zoeken.ZoekViews.ZoekAntwoord;

/**
 * A search answer as JSON bytes, the shape JSON-B gives {@link ZoekAntwoord} (nulls left out), written field by field:
 * JSON-B's reflective serializers, and the hash of the whole answer it takes to guard against cycles, were a third of
 * the CPU a repeated popular search took.
 *
 * <p>The facet counts are most of an answer (up to a hundred values for each of eight dimensions, each with its label)
 * and, while the index state lasts, the very same object for a search from every postcode (the search index keeps
 * what a search counted), so they are turned into JSON once per such object.
 */
final class AntwoordJson {
    private static final int KEPT = 1_000;
    private static final JsonGeneratorFactory GENERATORS = jakarta.json.Json.createGeneratorFactory(Map.of());
    private static final byte[] FACETS_FIELD = ",\"facetten\":".getBytes(StandardCharsets.UTF_8);

    private final ZoekLabels labels;

    /** By identity (weak keys): a count object is let go with the search index's cache entry that holds it. */
    private final Cache<Map<String, List<FacetCount>>, byte[]> facets = Caffeine.newBuilder().weakKeys()
            .maximumSize(KEPT).build();

    AntwoordJson(ZoekLabels labels) {
        this.labels = labels;
    }

    /** @param answer the answer without its facets ({@code facetten} null), which {@code counts} then fill in */
    byte[] write(ZoekAntwoord answer, Map<String, List<FacetCount>> counts) {
        byte[] json = withoutFacets(answer);
        byte[] facetsJson = facets.get(counts, this::json);
        // The answer's object always has fields (q, totaal, …): it closes after at least one, with its last byte.
        byte[] out = new byte[json.length - 1 + FACETS_FIELD.length + facetsJson.length + 1];
        System.arraycopy(json, 0, out, 0, json.length - 1);
        System.arraycopy(FACETS_FIELD, 0, out, json.length - 1, FACETS_FIELD.length);
        System.arraycopy(facetsJson, 0, out, json.length - 1 + FACETS_FIELD.length, facetsJson.length);
        out[out.length - 1] = '}';
        return out;
    }

    private static byte[] withoutFacets(ZoekAntwoord answer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8_192);
        try (JsonGenerator json = GENERATORS.createGenerator(out, StandardCharsets.UTF_8)) {
            json.writeStartObject();
            json.writeStartArray("antwoordKaarten");
            for (AntwoordKaart card : answer.antwoordKaarten()) {
                json.writeStartObject();
                optional(json, "doelgroep", card.doelgroep());
                optional(json, "samenvatting", card.samenvatting());
                optional(json, "slug", card.slug());
                optional(json, "titel", card.titel());
                optional(json, "url", card.url());
                json.writeEnd();
            }
            json.writeEnd();
            optional(json, "bedoeldeU", answer.bedoeldeU());
            json.write("facettenGeschat", answer.facettenGeschat());
            Oorsprong origin = answer.oorsprong();
            if (origin != null) {
                json.writeStartObject("oorsprong");
                optional(json, "postcode", origin.postcode());
                if (origin.straalKm() != null) {
                    json.write("straalKm", origin.straalKm());
                }
                json.write("uitZoekvraag", origin.uitZoekvraag());
                json.writeEnd();
            }
            json.write("pagina", answer.pagina());
            json.write("paginaGrootte", answer.paginaGrootte());
            optional(json, "q", answer.q());
            json.writeStartArray("resultaten");
            answer.resultaten().forEach(result -> result(json, result));
            json.writeEnd();
            json.write("totaal", answer.totaal());
            json.write("totaalGeschat", answer.totaalGeschat());
            json.writeStartArray("uitleg");
            for (Uitleg uitleg : answer.uitleg()) {
                json.writeStartObject();
                optional(json, "term", uitleg.term());
                optional(json, "uitleg", uitleg.uitleg());
                optional(json, "url", uitleg.url());
                json.writeEnd();
            }
            json.writeEnd();
            json.writeEnd();
        }
        return out.toByteArray();
    }

    private static void result(JsonGenerator json, Resultaat result) {
        json.writeStartObject();
        if (result.afstandKm() != null) {
            json.write("afstandKm", result.afstandKm());
        }
        optional(json, "afstandLabel", result.afstandLabel());
        optional(json, "anker", result.anker());
        json.write("fictief", result.fictief());
        optional(json, "id", result.id());
        strings(json, "kopPad", result.kopPad());
        if (result.pagina() != null) {
            json.write("pagina", result.pagina());
        }
        optional(json, "schoolId", result.schoolId());
        optional(json, "schoolNaam", result.schoolNaam());
        optional(json, "snippet", result.snippet());
        optional(json, "titel", result.titel());
        optional(json, "type", result.type());
        optional(json, "url", result.url());
        strings(json, "waarom", result.waarom());
        json.writeEnd();
    }

    private byte[] json(Map<String, List<FacetCount>> counts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8_192);
        try (JsonGenerator json = GENERATORS.createGenerator(out, StandardCharsets.UTF_8)) {
            json.writeStartObject();
            counts.forEach((dimension, values) -> {
                json.writeStartArray(dimension);
                for (FacetCount count : values) {
                    json.writeStartObject();
                    json.write("aantal", count.count());
                    json.write("geselecteerd", count.selected());
                    optional(json, "label", labels.label(dimension, count.value()));
                    json.write("waarde", IndexSchema.TYPE_FACET.equals(dimension)
                            ? ZoekLabels.wireType(DocumentType.valueOf(count.value())) : count.value());
                    json.writeEnd();
                }
                json.writeEnd();
            });
            json.writeEnd();
        }
        return out.toByteArray();
    }

    private static void strings(JsonGenerator json, String name, List<String> values) {
        if (values != null) {
            json.writeStartArray(name);
            values.forEach(json::write);
            json.writeEnd();
        }
    }

    private static void optional(JsonGenerator json, String name, String value) {
        if (value != null) {
            json.write(name, value);
        }
    }
}
