package nl.passendwijzer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import nl.passendwijzer.search.UserQueryBuilder.Strictness;
import nl.passendwijzer.search.analysis.DutchAnalysis;
import nl.passendwijzer.search.analysis.SynonymGroups;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Executes a {@link SearchRequest} on one searcher: query building, filters, facets with multi-select counts
 * ({@link MultiSelectFacets}), distance, paging, the hits shown ({@link PageHits}), spelling fallback and rights answer
 * cards; what may be reused by the same search from elsewhere is kept per index state ({@link IndexStateCache}).
 *
 * <p>Paging uses a capped window: a text search ranks as many of its top {@link #MAX_WINDOW} hits as the page needs
 * and spreads them over schools ({@link SchoolDiversity}), in the same order as if all were ranked; browsing collects
 * the top {@code (p + 1) × pageSize}. That keeps numbered pages
 * and facet counts simple and every page fast; nobody reads past result 500 of a school search. Totals and facet
 * counts are exact up to a few thousand matches and estimated from a sample beyond (see {@link MultiSelectFacets}).
 */
final class IndexSearch {
    static final int MAX_QUERY_CHARS = 200;
    static final int MAX_WINDOW = 500;
    /** The smallest ranking window tried first; see {@link #rankedAndSpread}. */
    private static final int MIN_WINDOW = 30;
    private static final int FEW_HITS = 3;
    private static final int MAX_ANSWER_CARDS = 3;
    private static final double MAX_RADIUS_KM = 300;
    private static final float FRESHNESS_WEIGHT = 1f;
    private static final float DOELGROEP_PRIOR = 1.5f;
    private static final float ARTICLE_PRIOR = 3f;
    private static final float SCHOOL_PRIOR = 2.5f;
    /** Within this distance closeness adds at least half of its most ({@link RankedCandidates}); see {@link #nearby}. */
    private static final double NEARBY_KM = 4;
    private static final double NEARBY_MAX_KM = 32;
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final FacetsConfig facetsConfig;
    private final MultiSelectFacets facets;
    private final UserQueryBuilder queryBuilder;
    private final SpellingCorrector spelling;
    private final IndexStateCache stateCache;
    private final PageHits pageHits;
    private final Analyzer spellAnalyzer;
    private final RightsQuestionDetector rights = new RightsQuestionDetector();
    private volatile ReaderState readerState = new ReaderState(null, Optional.empty(), null, null, null);

    /** What a search needs of an index state beyond the reader: facet ordinals, places, schools, school-name words. */
    private record ReaderState(IndexReader reader, Optional<SortedSetDocValuesReaderState> state,
                              Locations locations, DocumentSchools schools, SchoolNameWords nameWords) {
    }

    private record Window(long total, boolean totalApproximate, List<ScoreDoc> docs,
                          Map<String, List<FacetCount>> facets, boolean facetCountsApproximate) {
        static Window empty() {
            return new Window(0, false, List.of(), Map.of(), false);
        }
    }

    IndexSearch(DutchAnalysis analysis, Analyzer indexAnalyzer, SynonymGroups synonyms, FacetsConfig facetsConfig,
                int sampleSize, long stateCacheBytes) {
        this.facetsConfig = facetsConfig;
        this.facets = new MultiSelectFacets(facetsConfig, sampleSize);
        this.queryBuilder = new UserQueryBuilder(analysis, synonyms);
        this.spelling = new SpellingCorrector(analysis.spellAnalyzer());
        this.stateCache = new IndexStateCache(stateCacheBytes);
        this.pageHits = new PageHits(indexAnalyzer, stateCache);
        this.spellAnalyzer = analysis.spellAnalyzer();
    }

    SearchResponse search(SearchRequest request, IndexSearcher searcher) throws IOException {
        validate(request);
        int pageSize = Math.min(request.pageSize(), SearchRequest.MAX_PAGE_SIZE);
        String text = clean(request.query());
        boolean browse = text.isEmpty();
        boolean rightsQuestion = !browse && rights.isRightsQuestion(text);
        UserQuery query = userQuery(text, Strictness.STRICT, searcher);
        List<SearchHit> answerCards = rightsQuestion ? answerCards(searcher, text, request, query) : List.of();
        // The page shows the cards above the results: an article shown as a card is not repeated below it.
        Set<String> shownAsCard = new HashSet<>(answerCards.stream().map(SearchHit::id).toList());
        Window window = window(searcher, request, query, browse, pageSize, shownAsCard);
        Optional<String> suggestion = Optional.empty();
        boolean corrected = false;
        if (!browse && window.total() < FEW_HITS) {
            suggestion = stateCache.spelling(searcher.getIndexReader(), text,
                    () -> spelling.correct(text, searcher.getIndexReader()));
            if (suggestion.isPresent() && window.total() == 0) {
                UserQuery correctedQuery = userQuery(suggestion.get(), Strictness.STRICT, searcher);
                Window correctedWindow = window(searcher, request, correctedQuery, false, pageSize, shownAsCard);
                if (correctedWindow.total() > 0) {
                    window = correctedWindow;
                    query = correctedQuery;
                    corrected = true;
                }
            }
            if (window.total() == 0) {
                UserQuery relaxed = userQuery(text, Strictness.RELAXED, searcher);
                Window relaxedWindow = window(searcher, request, relaxed, false, pageSize, shownAsCard);
                if (relaxedWindow.total() > 0) {
                    window = relaxedWindow;
                    query = relaxed;
                }
            }
        }
        int from = request.page() * pageSize;
        List<ScoreDoc> page = from >= window.docs().size()
                ? List.of()
                : window.docs().subList(from, Math.min(from + pageSize, window.docs().size()));
        List<SearchHit> hits = pageHits.of(searcher, page, query, request, corrected ? suggestion : Optional.empty());
        return new SearchResponse(window.total(), window.totalApproximate(), hits, window.facets(), suggestion,
                corrected, rightsQuestion, answerCards, request.page(), pageSize, window.facetCountsApproximate());
    }

    /** The user's text as a query whose terms are looked up once for all searches on this index state. */
    private UserQuery userQuery(String text, Strictness strictness, IndexSearcher searcher) throws IOException {
        SchoolNameWords nameWords = readerState(searcher.getIndexReader()).nameWords();
        return stateCache.query(searcher, text, strictness, () -> {
            UserQuery query = queryBuilder.build(text, strictness, documentShare(searcher), nameWords::contains);
            return new UserQuery(query.query().map(q -> PreparedTerms.prepare(q, searcher)), query.originalTerms(),
                    query.synonymNotes());
        });
    }

    /** The share of all documents whose body holds a term: how common a typed word is in this index. */
    private static ToDoubleFunction<String> documentShare(IndexSearcher searcher) {
        IndexReader reader = searcher.getIndexReader();
        return term -> {
            if (reader.maxDoc() == 0) {
                return 0;
            }
            try {
                return reader.docFreq(new Term(IndexSchema.BODY, term)) / (double) reader.maxDoc();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static void validate(SearchRequest request) {
        if (request.page() < 0) {
            throw new InvalidQueryException("pagina moet 0 of hoger zijn");
        }
        if (request.pageSize() < 1) {
            throw new InvalidQueryException("paginagrootte moet minstens 1 zijn");
        }
        for (Map.Entry<String, Set<String>> filter : request.facetFilters().entrySet()) {
            if (!IndexSchema.FACET_DIMENSIONS.contains(filter.getKey())) {
                throw new InvalidQueryException("onbekend filter: " + filter.getKey());
            }
        }
        if (request.radiusKm().isPresent()) {
            double radius = request.radiusKm().get();
            if (request.origin().isEmpty()) {
                throw new InvalidQueryException("een straal vraagt om een postcode of locatie");
            }
            if (!(radius > 0 && radius <= MAX_RADIUS_KM)) {
                throw new InvalidQueryException("straal moet tussen 0 en " + (int) MAX_RADIUS_KM + " km liggen");
            }
        }
    }

    /** Control characters out, whitespace collapsed, at most {@link #MAX_QUERY_CHARS} characters. */
    static String clean(String raw) {
        String text = SPACES.matcher(INVISIBLE.matcher(raw).replaceAll(" ")).replaceAll(" ").strip();
        if (text.length() > MAX_QUERY_CHARS) {
            int cut = text.lastIndexOf(' ', MAX_QUERY_CHARS);
            text = text.substring(0, cut > MAX_QUERY_CHARS / 2 ? cut : MAX_QUERY_CHARS).strip();
        }
        return text;
    }

    private Window window(IndexSearcher searcher, SearchRequest request, UserQuery query, boolean browse,
                          int pageSize, Set<String> excludedIds) throws IOException {
        ReaderState indexState = readerState(searcher.getIndexReader());
        Optional<SortedSetDocValuesReaderState> state = indexState.state();
        if (state.isEmpty() || (query.query().isEmpty() && !browse)) {
            return Window.empty();
        }
        Map<String, Set<String>> selected = selectedValues(request);
        int needed = Math.max(1, Math.min((request.page() + 1) * pageSize, MAX_WINDOW));
        int firstWindow = Math.min(MAX_WINDOW, Math.max(MIN_WINDOW, needed * 3));
        // What ranks a text search, apart from where it comes from: what may be kept for the same search elsewhere.
        Optional<Query> textScoring = browse ? Optional.empty()
                : Optional.of(scoringQuery(request, query, excludedIds));
        Optional<NearbyArea> radius = radius(request);
        Optional<Query> scoring = textScoring.map(text -> radius.isEmpty() ? text
                : new BooleanQuery.Builder().add(text, Occur.MUST).add(radius.get().query(), Occur.FILTER).build());
        // Text searches count and rank in one pass: the matches counted are the ones scored.
        Query matching = matchingQuery(request, query, excludedIds);
        MultiSelectFacets.Counts counts;
        if (radius.isPresent()) {
            // Browsing a radius looks its documents up among all documents with a place, as a text search its matches.
            Query located = textScoring.orElseGet(MatchAllDocsQuery::new);
            Optional<MatchSample> near = near(searcher, located, selected, radius.get());
            MultiSelectFacets.Matching matchingAgain = facets.matchingAgain(searcher, matching);
            counts = near.isPresent()
                    ? facets.count(state.get(), selected, near.get(), other -> {
                        Optional<MatchSample> otherNear = near(searcher, located, other, radius.get());
                        return otherNear.isPresent() ? otherNear.get() : matchingAgain.matches(other);
                    })
                    : facets.count(searcher, state.get(), matching, scoring, selected);
        } else {
            counts = stateCache.counts(searcher.getIndexReader(), scoring.orElse(matching), selected,
                    () -> facets.count(searcher, state.get(), matching, scoring, selected));
        }
        if (counts.total() == 0) {
            return new Window(0, false, List.of(), counts.facets(), counts.approximate());
        }
        MatchSample near = new MatchSample(List.of());
        // Only a sample can have left near matches out: a search that saw every match ranked them all.
        if (textScoring.isPresent() && counts.matches().sampled() && request.origin().isPresent()
                && radius.isEmpty()) {
            near = nearby(searcher, request.origin().get(),
                    facets.drillDown(textScoring.get(), selected, Optional.empty()),
                    located(searcher, textScoring.get(), selected), firstWindow);
        }
        List<ScoreDoc> docs = scoring.isPresent()
                ? rankedAndSpread(RankedCandidates.of(counts.byScore(), near, RankedCandidates.Closeness.of(request),
                        indexState.locations()), indexState.schools(), firstWindow, needed)
                : browse(searcher, request, selected, needed);
        return new Window(counts.total(), counts.totalApproximate(), docs, counts.facets(), counts.approximate());
    }

    /**
     * The matches near the origin of a search without a radius ("Geen grens", or a postcode in the text), with the best
     * {@code top} of them: closeness lifts these to the top, and the random sample of all sections holds few of them.
     * Within {@link #NEARBY_KM} first, twice as far while that holds fewer than {@code top} matches (the countryside),
     * up to {@link #NEARBY_MAX_KM}; ranked as a sample of their own, of the same size, so a dense city costs no more
     * than a broad search. On the national corpus the mix's text searches from 3511 (Utrecht) without a radius then had
     * the same first page as when ranking every match for 37 of 37 (30 without this pass, 35 with a fixed 8 km), from
     * 7961 (Ruinerwold) for 35 of 37 (34 with a fixed 8 km); see bench/README.md, "sampling check". A search asked
     * for again on this index state looks its near matches up ({@link LocatedMatches}) instead of matching its text
     * over the documents around the origin once more; the sample is the same.
     */
    private MatchSample nearby(IndexSearcher searcher, GeoPoint origin, Query scoringSelected,
                               Optional<LocatedMatches> located, int top) throws IOException {
        for (double km = NEARBY_KM; ; km *= 2) {
            NearbyArea area = new NearbyArea(origin, km * 1000);
            MatchSample matches = located.isPresent()
                    ? located.get().near(area, facets.sampleSize())
                    : searcher.search(new BooleanQuery.Builder().add(scoringSelected, Occur.MUST)
                                    .add(area.query(), Occur.FILTER).build(),
                            MatchSample.manager(facets.sampleSize(), searcher.getIndexReader(), true));
            if (matches.size() >= top || matches.sampled() || km * 2 > NEARBY_MAX_KM) {
                return matches;
            }
        }
    }

    /** What the matching in {@code area} would collect, looked up in the located matches if those are kept. */
    private Optional<MatchSample> near(IndexSearcher searcher, Query located, Map<String, Set<String>> selected,
                                       NearbyArea area) throws IOException {
        return located(searcher, located, selected).map(matches -> matches.near(area, facets.sampleSize()));
    }

    /** The matches of a text search elsewhere asked for before on this index state, by place ({@link IndexStateCache}). */
    private Optional<LocatedMatches> located(IndexSearcher searcher, Query textScoring,
                                             Map<String, Set<String>> selected) throws IOException {
        return stateCache.located(searcher.getIndexReader(), textScoring, selected,
                () -> LocatedMatches.of(searcher, facets.drillDown(textScoring, selected, Optional.empty())));
    }

    /** What decides whether a document matches at all: the text, the radius, minus the excluded ids. */
    private static Query matchingQuery(SearchRequest request, UserQuery query, Set<String> excludedIds) {
        BooleanQuery.Builder matching = new BooleanQuery.Builder()
                .add(query.query().orElseGet(MatchAllDocsQuery::new), Occur.FILTER);
        excludedIds.forEach(id -> matching.add(new TermQuery(new Term(IndexSchema.ID, id)), Occur.MUST_NOT));
        radius(request).ifPresent(radius -> matching.add(radius.query(), Occur.FILTER));
        return matching.build();
    }

    private static Optional<NearbyArea> radius(SearchRequest request) {
        return request.origin().flatMap(origin -> request.radiusKm().map(km -> new NearbyArea(origin, km * 1000)));
    }

    /** Browsing (no text): nearest first when there is an origin, else index order. */
    private List<ScoreDoc> browse(IndexSearcher searcher, SearchRequest request, Map<String, Set<String>> selected,
                                  int size) throws IOException {
        Query query = facets.drillDown(matchingQuery(request, UserQuery.NONE, Set.of()), selected, Optional.empty());
        Optional<Sort> sort = request.origin().map(IndexSearch::distanceSort);
        if (sort.isEmpty()) {
            return List.of(searcher.search(query, new TopScoreDocCollectorManager(size, null, size)).scoreDocs);
        }
        // Every clause of a browse is a filter: its hits have no score to fill in (shown as 0).
        return List.of(searcher.search(query, new TopFieldCollectorManager(sort.get(), size, null, size)).scoreDocs);
    }

    /**
     * The first {@code needed} hits of a text search, spread over schools ({@link SchoolDiversity}), in the order the
     * full window of {@link #MAX_WINDOW} would give them. The small window ranked while counting comes first; it is
     * widened only when a hit left out of it could still reach the page.
     */
    private static List<ScoreDoc> rankedAndSpread(RankedCandidates candidates, DocumentSchools schools, int size,
                                                  int needed) {
        while (true) {
            Ranked ranked = Ranked.of(candidates.top(size), size);
            List<ScoreDoc> spread = SchoolDiversity.spread(ranked.docs(), schools);
            if (size == MAX_WINDOW || ranked.settles(spread, needed)) {
                return spread;
            }
            size = Math.min(MAX_WINDOW, size * 4);
        }
    }

    /**
     * The top of a ranking and the highest score a document left out of it can have.
     *
     * <p>Spreading only lowers scores and keeps the order of equal ones, so once the hit at position
     * {@code needed} of the spread list scores at least {@code unrankedBound}, no left-out document can get ahead of
     * any of the first {@code needed}: they are exactly the first {@code needed} of a spread of any longer ranking.
     */
    private record Ranked(List<ScoreDoc> docs, float unrankedBound) {
        /** The best {@code size} (or fewer, when that is all) of a ranking, ties by document id. */
        static Ranked of(List<ScoreDoc> top, int size) {
            return new Ranked(top, top.size() == size ? top.get(size - 1).score : Float.NEGATIVE_INFINITY);
        }

        boolean settles(List<ScoreDoc> spread, int needed) {
            return unrankedBound == Float.NEGATIVE_INFINITY
                    || (spread.size() >= needed && spread.get(needed - 1).score >= unrankedBound);
        }
    }

    /**
     * What ranks a text search: the text score times the document's prior ({@link TypePriors}), plus the schooljaar
     * bonus, over what {@link #matchingQuery} matches without the radius; closeness to the origin is added to that by
     * {@link RankedCandidates}. Type priors multiply the text
     * score: thousands of SOP and schoolgids sections repeat every term, so a rights article or a school's own
     * document must outweigh a section that merely mentions the words; the preferred doelgroep's version of an
     * article leads the other.
     *
     * <p>Every match counting collects is scored ({@link MatchSample}): every article and school match, and the
     * sections of its sample: all matching sections up to a few thousand, a random sample of them for broad queries
     * ("ondersteuningsprofiel": 150,000 sections), whose best are as good an answer as the best of all at a bounded
     * cost. There is no top-k pruning: counting visits every match anyway.
     */
    private Query scoringQuery(SearchRequest request, UserQuery query, Set<String> excludedIds) {
        Term doelgroep = new Term(IndexSchema.DOELGROEP, preferredDoelgroep(request).orElse(Doelgroep.OUDERS).label());
        BooleanQuery.Builder scoring = new BooleanQuery.Builder()
                .add(FunctionScoreQuery.boostByValue(query.query().orElseThrow(),
                        new TypePriors(ARTICLE_PRIOR, SCHOOL_PRIOR, doelgroep, DOELGROEP_PRIOR)), Occur.MUST)
                .add(freshness(), Occur.SHOULD);
        excludedIds.forEach(id -> scoring.add(new TermQuery(new Term(IndexSchema.ID, id)), Occur.MUST_NOT));
        return scoring.build();
    }

    /** The chosen facet values per dimension, the document types included. */
    private static Map<String, Set<String>> selectedValues(SearchRequest request) {
        Map<String, Set<String>> selected = new LinkedHashMap<>();
        if (!request.types().isEmpty()) {
            selected.put(IndexSchema.TYPE_FACET,
                    new HashSet<>(request.types().stream().map(DocumentType::name).toList()));
        }
        request.facetFilters().forEach((dimension, values) -> {
            if (!values.isEmpty()) {
                selected.put(dimension, values);
            }
        });
        return selected;
    }

    /** The stored schooljaar bonus ({@link Freshness}). */
    private static Query freshness() {
        return FeatureField.newLinearQuery(IndexSchema.FEATURES, IndexSchema.FRESHNESS, FRESHNESS_WEIGHT);
    }

    private Optional<Doelgroep> preferredDoelgroep(SearchRequest request) {
        return request.doelgroep().or(() -> rights.impliedDoelgroep(request.query()));
    }

    private static Sort distanceSort(GeoPoint origin) {
        return new Sort(LatLonDocValuesField.newDistanceSort(IndexSchema.LOCATION, origin.lat(), origin.lon()),
                SortField.FIELD_SCORE);
    }

    private ReaderState readerState(IndexReader reader) throws IOException {
        ReaderState current = readerState;
        if (current.reader() != reader) {
            Optional<SortedSetDocValuesReaderState> state;
            try {
                state = reader.numDocs() == 0
                        ? Optional.empty()
                        : Optional.of(new DefaultSortedSetDocValuesReaderState(reader, facetsConfig));
            } catch (IllegalArgumentException noFacetsIndexed) {
                state = Optional.empty();
            }
            current = new ReaderState(reader, state, Locations.of(reader), DocumentSchools.of(reader),
                    new SchoolNameWords(reader, spellAnalyzer));
            readerState = current;
        }
        return current;
    }

    /**
     * The best articles for a rights question: one card per article, in the preferred doelgroep's version (parents'
     * when the phrasing says nothing), matched strictly first and loosely only when that finds too few.
     */
    private List<SearchHit> answerCards(IndexSearcher searcher, String text, SearchRequest request,
                                        UserQuery strict) throws IOException {
        Doelgroep doelgroep = preferredDoelgroep(request).orElse(Doelgroep.OUDERS);
        return stateCache.answerCards(searcher.getIndexReader(), text, doelgroep,
                () -> answerCards(searcher, text, doelgroep.label(), strict));
    }

    private List<SearchHit> answerCards(IndexSearcher searcher, String text, String label, UserQuery strict)
            throws IOException {
        List<ScoreDoc> cards = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        Optional<UserQuery> used = Optional.empty();
        for (Strictness strictness : Strictness.values()) {
            if (cards.size() >= MAX_ANSWER_CARDS) {
                break;
            }
            UserQuery query = strictness == Strictness.STRICT ? strict : userQuery(text, strictness, searcher);
            if (query.query().isEmpty()) {
                continue;
            }
            used = used.or(() -> Optional.of(query));
            Query articles = new BooleanQuery.Builder().add(query.query().get(), Occur.MUST)
                    .add(new TypeBlockQuery(TypeBlock.ARTICLES), Occur.FILTER)
                    .add(new TermQuery(new Term(IndexSchema.DOELGROEP, label)), Occur.FILTER)
                    .build();
            for (ScoreDoc hit : searcher.search(articles, MAX_ANSWER_CARDS).scoreDocs) {
                if (cards.size() < MAX_ANSWER_CARDS && seen.add(hit.doc)) {
                    cards.add(hit);
                }
            }
        }
        if (used.isEmpty()) {
            return List.of();
        }
        return pageHits.of(searcher, cards, used.get(), SearchRequest.of(text), Optional.empty());
    }
}
