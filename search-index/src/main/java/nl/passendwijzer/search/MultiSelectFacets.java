package nl.passendwijzer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Facet counts with multi-select ("sideways") semantics at a bounded cost.
 *
 * <p>A dimension without a selection is counted over the matches of the full query; a dimension with a selection is
 * counted over the matches of the query without that dimension's own filter, so its other values keep their counts
 * (what {@code DrillSideways} does). Each such sideways pass only counts, it never scores, and there is one per
 * selected dimension only.
 *
 * <p>Counting is exact up to {@link #EXACT_UP_TO} matches. Beyond that (broad queries such as
 * "ondersteuningsprofiel" match more than half of the index) the counts come from an evenly spread random sample of
 * that many matches, scaled up and capped by the value's document frequency, and are flagged approximate: reading
 * the facet ordinals of every match cost most of a search's CPU, while a count like "ca. 12.400" tells a parent no
 * less than the exact figure. The sample has a fixed seed, so the same query always shows the same counts. Rare
 * values may be missing from a sampled list; a selected value is always listed. The total is always exact.
 */
final class MultiSelectFacets {
    /** Up to this many matches the counts are exact; above it, this is the sample size. */
    static final int EXACT_UP_TO = 10_000;
    private static final long SAMPLE_SEED = 20250601L;
    private static final int MAX_FACET_VALUES = 100;

    private final FacetsConfig config;
    private final int exactUpTo;

    /** The counts per dimension (display order), whether any of them was sampled, and the exact number of matches. */
    record Counts(long total, Map<String, List<FacetCount>> facets, boolean approximate) {
    }

    MultiSelectFacets(FacetsConfig config) {
        this(config, EXACT_UP_TO);
    }

    /** With another bound than {@link #EXACT_UP_TO}: lets a small test index exercise sampling. */
    MultiSelectFacets(FacetsConfig config, int exactUpTo) {
        this.config = config;
        this.exactUpTo = exactUpTo;
    }

    /** Collects the matches of a query for counting; samples them when there are more than the exact bound. */
    CollectorManager<RandomSamplingFacetsCollector, RandomSamplingFacetsCollector> collectorManager() {
        return RandomSamplingFacetsCollector.createManager(exactUpTo, SAMPLE_SEED);
    }

    /** The base query narrowed by every selection (OR within a dimension, AND across), except {@code without}'s. */
    Query drillDown(Query base, Map<String, Set<String>> selected, Optional<String> without) {
        DrillDownQuery drillDown = new DrillDownQuery(config, base);
        selected.forEach((dimension, values) -> {
            if (without.filter(dimension::equals).isEmpty()) {
                values.forEach(value -> drillDown.add(dimension, value));
            }
        });
        return drillDown;
    }

    /**
     * Counts for every dimension: from {@code matches} (the full query's) for dimensions without a selection, from a
     * sideways pass for each dimension with one.
     */
    Counts count(IndexSearcher searcher, SortedSetDocValuesReaderState state, Query base,
                 Map<String, Set<String>> selected, RandomSamplingFacetsCollector matches) throws IOException {
        long total = matchCount(matches);
        boolean approximate = sampled(matches);
        SortedSetDocValuesFacetCounts drillDownCounts = new SortedSetDocValuesFacetCounts(state, matches);
        Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
        for (String dimension : IndexSchema.FACET_DIMENSIONS) {
            Set<String> chosen = selected.getOrDefault(dimension, Set.of());
            Optional<FacetResult> facet;
            if (chosen.isEmpty()) {
                facet = topChildren(drillDownCounts, matches, dimension, searcher);
            } else {
                RandomSamplingFacetsCollector sideways = searcher.search(
                        drillDown(base, selected, Optional.of(dimension)), collectorManager());
                approximate |= sampled(sideways);
                facet = topChildren(new SortedSetDocValuesFacetCounts(state, sideways), sideways, dimension, searcher);
            }
            List<FacetCount> values = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            facet.ifPresent(result -> {
                for (LabelAndValue value : result.labelValues) {
                    values.add(new FacetCount(value.label, value.value.longValue(), chosen.contains(value.label)));
                    seen.add(value.label);
                }
            });
            chosen.stream().filter(value -> !seen.contains(value)).sorted()
                    .forEach(value -> values.add(new FacetCount(value, 0, true)));
            if (!values.isEmpty()) {
                counts.put(dimension, List.copyOf(values));
            }
        }
        return new Counts(total, counts, approximate);
    }

    private boolean sampled(RandomSamplingFacetsCollector collector) {
        return matchCount(collector) > exactUpTo;
    }

    private static long matchCount(RandomSamplingFacetsCollector collector) {
        return collector.getOriginalMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
    }

    private Optional<FacetResult> topChildren(SortedSetDocValuesFacetCounts counts,
                                              RandomSamplingFacetsCollector collector, String dimension,
                                              IndexSearcher searcher) throws IOException {
        FacetResult result;
        try {
            result = counts.getTopChildren(MAX_FACET_VALUES, dimension);
        } catch (IllegalArgumentException dimensionNotInIndex) {
            return Optional.empty();
        }
        return Optional.ofNullable(result == null ? null : collector.amortizeFacetCounts(result, config, searcher));
    }
}
