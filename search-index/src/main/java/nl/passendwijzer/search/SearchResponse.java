package nl.passendwijzer.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param spellingSuggestion "bedoelde u …": a corrected query, offered when the query found few or no hits
 * @param correctedQueryUsed the hits are those of {@code spellingSuggestion} because the query itself found none
 * @param rightsQuestion     the query reads as a question about rights ("mag de school…")
 * @param answerCards        for a rights question: the best 1-3 articles, preferred doelgroep first
 * @param totalApproximate  {@code totalHits} is estimated from a sample: the query matched more than about
 *                          {@link SearchConfig#sampleSize()} sections
 * @param facetCountsApproximate the facet counts are scaled up from such a sample (of the query's matches, or of a
 *                           multi-select dimension's)
 */
public record SearchResponse(long totalHits, boolean totalApproximate, List<SearchHit> hits, Map<String, List<FacetCount>> facets,
                             Optional<String> spellingSuggestion, boolean correctedQueryUsed, boolean rightsQuestion,
                             List<SearchHit> answerCards, int page, int pageSize,
                             boolean facetCountsApproximate) {
}
