package nl.passendwijzer.search;

/** How many hits carry one facet value, given all filters except those of its own facet (multi-select). */
public record FacetCount(String value, long count, boolean selected) {
}
