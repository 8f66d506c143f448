package nl.passendwijzer.search;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A search as the user asked it. {@code page} counts from 0; {@code pageSize} is capped at {@link #MAX_PAGE_SIZE}.
 * With an {@code origin} a browse (no text) is sorted by distance and a text search ranks nearer results higher;
 * with a {@code radiusKm} as well, farther ones are dropped. {@code placeInText}: the origin was typed in the text
 * ("bij 3511") rather than given as a setting, so nearness weighs more.
 */
public record SearchRequest(String query, Set<DocumentType> types, Map<String, Set<String>> facetFilters,
                            Optional<GeoPoint> origin, Optional<Double> radiusKm, int page, int pageSize,
                            Optional<Doelgroep> doelgroep, boolean placeInText) {
    public static final int MAX_PAGE_SIZE = 50;
    public static final int DEFAULT_PAGE_SIZE = 10;

    public SearchRequest {
        query = Objects.requireNonNullElse(query, "");
        types = Set.copyOf(Objects.requireNonNullElse(types, Set.of()));
        facetFilters = Map.copyOf(Objects.requireNonNullElse(facetFilters, Map.of()));
        origin = Objects.requireNonNullElse(origin, Optional.empty());
        radiusKm = Objects.requireNonNullElse(radiusKm, Optional.empty());
        doelgroep = Objects.requireNonNullElse(doelgroep, Optional.empty());
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Set.of(), Map.of(), Optional.empty(), Optional.empty(), 0, DEFAULT_PAGE_SIZE,
                Optional.empty(), false);
    }

    public SearchRequest withTypes(DocumentType... value) {
        return new SearchRequest(query, Set.of(value), facetFilters, origin, radiusKm, page, pageSize, doelgroep,
                placeInText);
    }

    public SearchRequest withFacetFilters(Map<String, Set<String>> value) {
        return new SearchRequest(query, types, value, origin, radiusKm, page, pageSize, doelgroep, placeInText);
    }

    /** From a postcode given as a setting. */
    public SearchRequest near(GeoPoint point, Double radius) {
        return new SearchRequest(query, types, facetFilters, Optional.of(point), Optional.ofNullable(radius), page,
                pageSize, doelgroep, false);
    }

    /** From a place typed in the text ({@code query} is then the text without it). */
    public SearchRequest nearPlaceInText(GeoPoint point, Double radius) {
        return new SearchRequest(query, types, facetFilters, Optional.of(point), Optional.ofNullable(radius), page,
                pageSize, doelgroep, true);
    }

    public SearchRequest withPage(int number, int size) {
        return new SearchRequest(query, types, facetFilters, origin, radiusKm, number, size, doelgroep, placeInText);
    }

    public SearchRequest withDoelgroep(Doelgroep value) {
        return new SearchRequest(query, types, facetFilters, origin, radiusKm, page, pageSize, Optional.of(value),
                placeInText);
    }
}
