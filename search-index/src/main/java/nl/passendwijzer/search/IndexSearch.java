package nl.passendwijzer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import nl.passendwijzer.search.UserQueryBuilder.Strictness;
import nl.passendwijzer.search.analysis.DutchAnalysis;
import nl.passendwijzer.search.analysis.SynonymGroups;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.SloppyMath;

/**
 * Executes a {@link SearchRequest} on one searcher: query building, filters, facets with multi-select counts
 * ({@link MultiSelectFacets}), distance, paging, snippets, explanations, spelling fallback and rights answer cards.
 *
 * <p>Paging uses a capped window: a text search ranks the top {@link #MAX_WINDOW} hits and spreads them over
 * schools ({@link SchoolDiversity}); browsing collects the top {@code (p + 1) × pageSize}. That keeps numbered pages
 * and facet counts simple and every page fast; nobody reads past result 500 of a school search, and the total count
 * stays exact (facet counts of very broad queries are sampled, see {@link MultiSelectFacets}).
 */
final class IndexSearch {
    static final int MAX_QUERY_CHARS = 200;
    static final int MAX_WINDOW = 500;
    private static final int FEW_HITS = 3;
    private static final int MAX_ANSWER_CARDS = 3;
    private static final double MAX_RADIUS_KM = 300;
    private static final float FRESHNESS_WEIGHT = 1f;
    private static final long FRESHNESS_PIVOT_YEARS = 2;
    private static final float DOELGROEP_PRIOR = 1.5f;
    /**
     * Type priors multiply the text score: thousands of SOP and schoolgids sections repeat every term, so a rights
     * article or a school's own document must outweigh a section that merely mentions the words.
     */
    private static final float ARTICLE_PRIOR = 3f;
    private static final float SCHOOL_PRIOR = 2.5f;
    /** Closeness to the origin adds up to this much score; half of it at {@link #DISTANCE_PIVOT_METERS}. */
    private static final float DISTANCE_WEIGHT = 40f;
    private static final long DISTANCE_PIVOT_METERS = 4_000;
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final Map<String, String> FIELD_LABELS = Map.of(IndexSchema.TITLE, "titel",
            IndexSchema.KEYWORDS, "trefwoorden", IndexSchema.HEADING, "kopje", IndexSchema.BODY, "tekst");

    private final Analyzer indexAnalyzer;
    private final FacetsConfig facetsConfig;
    private final MultiSelectFacets facets;
    private final UserQueryBuilder queryBuilder;
    private final SpellingCorrector spelling;
    private final RightsQuestionDetector rights = new RightsQuestionDetector();
    private final Clock clock;
    private volatile FacetState facetState = new FacetState(null, Optional.empty());

    private record FacetState(IndexReader reader, Optional<SortedSetDocValuesReaderState> state) {
    }

    private record Window(long total, List<ScoreDoc> docs, Map<String, List<FacetCount>> facets,
                          boolean facetCountsApproximate) {
        static Window empty() {
            return new Window(0, List.of(), Map.of(), false);
        }
    }

    IndexSearch(DutchAnalysis analysis, Analyzer indexAnalyzer, SynonymGroups synonyms, FacetsConfig facetsConfig,
                Clock clock) {
        this.indexAnalyzer = indexAnalyzer;
        this.facetsConfig = facetsConfig;
        this.facets = new MultiSelectFacets(facetsConfig);
        this.queryBuilder = new UserQueryBuilder(analysis, synonyms);
        this.spelling = new SpellingCorrector(analysis.spellAnalyzer());
        this.clock = clock;
    }

    SearchResponse search(SearchRequest request, IndexSearcher searcher) throws IOException {
        validate(request);
        int pageSize = Math.min(request.pageSize(), SearchRequest.MAX_PAGE_SIZE);
        String text = clean(request.query());
        boolean browse = text.isEmpty();
        boolean rightsQuestion = !browse && rights.isRightsQuestion(text);
        List<SearchHit> answerCards = rightsQuestion ? answerCards(searcher, text, request) : List.of();
        // The page shows the cards above the results: an article shown as a card is not repeated below it.
        Set<String> shownAsCard = new HashSet<>(answerCards.stream().map(SearchHit::id).toList());
        UserQuery query = queryBuilder.build(text, Strictness.STRICT, documentShare(searcher));
        Window window = window(searcher, request, query, browse, pageSize, shownAsCard);
        Optional<String> suggestion = Optional.empty();
        boolean corrected = false;
        if (!browse && window.total() < FEW_HITS) {
            suggestion = spelling.correct(text, searcher.getIndexReader());
            if (suggestion.isPresent() && window.total() == 0) {
                UserQuery correctedQuery = queryBuilder.build(suggestion.get(), Strictness.STRICT, documentShare(searcher));
                Window correctedWindow = window(searcher, request, correctedQuery, false, pageSize, shownAsCard);
                if (correctedWindow.total() > 0) {
                    window = correctedWindow;
                    query = correctedQuery;
                    corrected = true;
                }
            }
            if (window.total() == 0) {
                UserQuery relaxed = queryBuilder.build(text, Strictness.RELAXED, documentShare(searcher));
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
        List<SearchHit> hits = hits(searcher, page, query, request, corrected ? suggestion : Optional.empty());
        return new SearchResponse(window.total(), hits, window.facets(), suggestion, corrected, rightsQuestion,
                answerCards, request.page(), pageSize, window.facetCountsApproximate());
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
        String text = raw.replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]", " ").replaceAll("\\s+", " ").strip();
        if (text.length() > MAX_QUERY_CHARS) {
            int cut = text.lastIndexOf(' ', MAX_QUERY_CHARS);
            text = text.substring(0, cut > MAX_QUERY_CHARS / 2 ? cut : MAX_QUERY_CHARS).strip();
        }
        return text;
    }

    private Window window(IndexSearcher searcher, SearchRequest request, UserQuery query, boolean browse,
                          int pageSize, Set<String> excludedIds) throws IOException {
        Optional<SortedSetDocValuesReaderState> state = facetState(searcher.getIndexReader());
        if (state.isEmpty() || (query.query().isEmpty() && !browse)) {
            return Window.empty();
        }
        Map<String, Set<String>> selected = selectedValues(request);
        Query base = baseQuery(request, query, excludedIds);
        Query drillDown = facets.drillDown(base, selected, Optional.empty());
        // Text searches always rank the full window, so spreading over schools gives every page the same order.
        int size = browse ? Math.max(1, Math.min((request.page() + 1) * pageSize, MAX_WINDOW)) : MAX_WINDOW;
        Optional<Sort> sort = browse ? request.origin().map(IndexSearch::distanceSort) : Optional.empty();
        // One pass ranks the window and gathers the matches for counting; the exact total comes from the latter, so
        // the ranking collector need not count (totalHitsThreshold = window size).
        CollectorManager<?, ? extends TopDocs> ranking = sort.isPresent()
                ? new TopFieldCollectorManager(sort.get(), size, null, size)
                : new TopScoreDocCollectorManager(size, null, size);
        Object[] collected = searcher.search(drillDown,
                new MultiCollectorManager(ranking, facets.collectorManager()));
        TopDocs top = (TopDocs) collected[0];
        if (sort.isPresent()) {
            TopFieldCollector.populateScores(top.scoreDocs, searcher, drillDown);
        }
        MultiSelectFacets.Counts counts = facets.count(searcher, state.get(), base, selected,
                (RandomSamplingFacetsCollector) collected[1]);
        List<ScoreDoc> docs = browse
                ? List.of(top.scoreDocs)
                : SchoolDiversity.spread(List.of(top.scoreDocs), searcher.getIndexReader());
        return new Window(counts.total(), docs, counts.facets(), counts.approximate());
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

    private Query baseQuery(SearchRequest request, UserQuery query, Set<String> excludedIds) {
        BooleanQuery.Builder base = new BooleanQuery.Builder();
        excludedIds.forEach(id -> base.add(new TermQuery(new Term(IndexSchema.ID, id)), Occur.MUST_NOT));
        if (query.query().isPresent()) {
            base.add(prior(query.query().get(), request), Occur.MUST);
            base.add(freshness(), Occur.SHOULD);
            request.origin().ifPresent(origin -> base.add(LatLonPoint.newDistanceFeatureQuery(IndexSchema.LOCATION,
                    DISTANCE_WEIGHT, origin.lat(), origin.lon(), DISTANCE_PIVOT_METERS), Occur.SHOULD));
        } else {
            base.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        request.origin().ifPresent(origin -> request.radiusKm().ifPresent(radius -> base.add(
                LatLonPoint.newDistanceQuery(IndexSchema.LOCATION, origin.lat(), origin.lon(), radius * 1000),
                Occur.FILTER)));
        return base.build();
    }

    /** The text score times the document-type prior and, for the preferred doelgroep, its prior. */
    private Query prior(Query text, SearchRequest request) {
        Query scored = FunctionScoreQuery.boostByQuery(text, typeQuery(DocumentType.ARTIKEL), ARTICLE_PRIOR);
        scored = FunctionScoreQuery.boostByQuery(scored, typeQuery(DocumentType.SCHOOL), SCHOOL_PRIOR);
        // Without a hint the parents' version leads, so each article shows up once near the top, not twice.
        Doelgroep doelgroep = preferredDoelgroep(request).orElse(Doelgroep.OUDERS);
        return FunctionScoreQuery.boostByQuery(scored,
                new TermQuery(new Term(IndexSchema.DOELGROEP, doelgroep.label())), DOELGROEP_PRIOR);
    }

    private static Query typeQuery(DocumentType type) {
        return new TermQuery(new Term(IndexSchema.TYPE, type.name()));
    }

    /**
     * A mild bonus that shrinks with the age of the schooljaar (full for this year, a third after four years);
     * documents without a schooljaar (articles, schools) get the full bonus so they are not pushed down.
     */
    private Query freshness() {
        LocalDate today = LocalDate.now(clock);
        long currentStart = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        Query dated = LongField.newDistanceFeatureQuery(IndexSchema.SCHOOLJAAR_START, FRESHNESS_WEIGHT, currentStart,
                FRESHNESS_PIVOT_YEARS);
        Query undated = new BoostQuery(new ConstantScoreQuery(new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), Occur.FILTER)
                .add(new FieldExistsQuery(IndexSchema.SCHOOLJAAR_START), Occur.MUST_NOT).build()), FRESHNESS_WEIGHT);
        return new BooleanQuery.Builder().add(dated, Occur.SHOULD).add(undated, Occur.SHOULD).build();
    }

    private Optional<Doelgroep> preferredDoelgroep(SearchRequest request) {
        return request.doelgroep().or(() -> rights.impliedDoelgroep(request.query()));
    }

    private static Sort distanceSort(GeoPoint origin) {
        return new Sort(LatLonDocValuesField.newDistanceSort(IndexSchema.LOCATION, origin.lat(), origin.lon()),
                SortField.FIELD_SCORE);
    }

    private Optional<SortedSetDocValuesReaderState> facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current.reader() != reader) {
            Optional<SortedSetDocValuesReaderState> state;
            try {
                state = reader.numDocs() == 0
                        ? Optional.empty()
                        : Optional.of(new DefaultSortedSetDocValuesReaderState(reader, facetsConfig));
            } catch (IllegalArgumentException noFacetsIndexed) {
                state = Optional.empty();
            }
            current = new FacetState(reader, state);
            facetState = current;
        }
        return current.state();
    }

    private List<SearchHit> hits(IndexSearcher searcher, List<ScoreDoc> page, UserQuery query, SearchRequest request,
                                 Optional<String> correction) throws IOException {
        if (page.isEmpty()) {
            return List.of();
        }
        int[] docIds = page.stream().mapToInt(hit -> hit.doc).toArray();
        List<List<String>> snippets = query.query().isPresent()
                ? new SnippetHighlighter(searcher, indexAnalyzer).snippets(query.query().get(), docIds)
                : List.of();
        Optional<Weight> weight = query.query().isPresent()
                ? Optional.of(searcher.createWeight(searcher.rewrite(query.query().get()),
                        ScoreMode.COMPLETE_NO_SCORES, 1f))
                : Optional.empty();
        List<SearchHit> hits = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            ScoreDoc scoreDoc = page.get(i);
            DocumentMapper.StoredHit stored = DocumentMapper.fromLucene(searcher.storedFields().document(scoreDoc.doc));
            Optional<Double> distance = request.origin().flatMap(origin -> stored.location().map(location ->
                    Math.round(SloppyMath.haversinMeters(origin.lat(), origin.lon(), location.lat(), location.lon())
                            / 100.0) / 10.0));
            List<String> why = new ArrayList<>();
            correction.ifPresent(corrected -> why.add("gezocht op: " + corrected));
            if (weight.isPresent()) {
                why.addAll(matchExplanations(searcher, weight.get(), scoreDoc.doc, query));
            }
            request.facetFilters().forEach((dimension, values) -> values.stream().sorted()
                    .filter(value -> stored.facets().getOrDefault(dimension, List.of()).contains(value))
                    .forEach(value -> why.add("filter: " + dimension + "=" + value)));
            distance.ifPresent(km -> why.add(String.format(DUTCH, "afstand %.1f km hemelsbreed", km)));
            float score = Float.isNaN(scoreDoc.score) ? 0f : scoreDoc.score;
            hits.add(new SearchHit(stored.id(), stored.type(), stored.title(), stored.url(), score, stored.schoolId(),
                    stored.page(), stored.anchor(), stored.headingPath(), stored.doelgroep(), stored.fictief(),
                    distance, i < snippets.size() ? snippets.get(i) : List.of(), List.copyOf(why)));
        }
        return hits;
    }

    /** "gevonden in: titel, tekst" and the synonyms that made this document match. */
    private static List<String> matchExplanations(IndexSearcher searcher, Weight weight, int doc, UserQuery query)
            throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Matches matches = weight.matches(leaf, doc - leaf.docBase);
        if (matches == null) {
            return List.of();
        }
        List<String> fields = new ArrayList<>();
        Set<String> terms = new HashSet<>();
        for (String field : matches) {
            MatchesIterator iterator = matches.getMatches(field);
            if (iterator == null || !FIELD_LABELS.containsKey(field)) {
                continue;
            }
            fields.add(field);
            while (iterator.next()) {
                if (iterator.getQuery() instanceof TermQuery termQuery) {
                    terms.add(termQuery.getTerm().text());
                }
            }
        }
        List<String> why = new ArrayList<>();
        if (!fields.isEmpty()) {
            why.add("gevonden in: " + String.join(", ", IndexSchema.TEXT_FIELDS.stream().map(f -> f.name())
                    .filter(fields::contains).map(FIELD_LABELS::get).toList()));
        }
        why.addAll(query.notesFor(terms));
        return why;
    }

    /**
     * The best articles for a rights question: one card per article, in the preferred doelgroep's version (parents'
     * when the phrasing says nothing), matched strictly first and loosely only when that finds too few.
     */
    private List<SearchHit> answerCards(IndexSearcher searcher, String text, SearchRequest request)
            throws IOException {
        String label = preferredDoelgroep(request).orElse(Doelgroep.OUDERS).label();
        List<ScoreDoc> cards = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        Optional<UserQuery> used = Optional.empty();
        for (Strictness strictness : Strictness.values()) {
            UserQuery query = queryBuilder.build(text, strictness, documentShare(searcher));
            if (query.query().isEmpty() || cards.size() >= MAX_ANSWER_CARDS) {
                continue;
            }
            used = used.or(() -> Optional.of(query));
            Query articles = new BooleanQuery.Builder().add(query.query().get(), Occur.MUST)
                    .add(typeQuery(DocumentType.ARTIKEL), Occur.FILTER)
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
        return hits(searcher, cards, used.get(), SearchRequest.of(text), Optional.empty());
    }
}
