package nl.passendwijzer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SloppyMath;

/**
 * What a result page shows of each hit: its stored fields, HTML-escaped snippets, why it was found ("gevonden in",
 * synonyms, filters, the straight-line distance). What depends only on the document and the query is kept per index
 * state ({@link IndexStateCache}): a popular search from another place shows many of the same documents.
 */
final class PageHits {
    private static final Map<String, String> FIELD_LABELS = Map.of(IndexSchema.TITLE, "titel",
            IndexSchema.KEYWORDS, "trefwoorden", IndexSchema.HEADING, "kopje", IndexSchema.BODY, "tekst");

    private final Analyzer indexAnalyzer;
    private final IndexStateCache stateCache;
    private volatile StoredFieldsPool storedFieldsPool = new StoredFieldsPool(null);

    /** What a hit shows that depends only on the document and the query: its fields, snippets and matched terms. */
    record HitParts(DocumentMapper.StoredHit stored, List<String> snippets, MatchedTerms.Found found) {
    }

    PageHits(Analyzer indexAnalyzer, IndexStateCache stateCache) {
        this.indexAnalyzer = indexAnalyzer;
        this.stateCache = stateCache;
    }

    /**
     * The hits of {@code page} for {@code query}, as the request shows them: with distances from its origin and the
     * facet values it filtered on; {@code correction} is the corrected text the page was searched with, if any.
     */
    List<SearchHit> of(IndexSearcher searcher, List<ScoreDoc> page, UserQuery query, SearchRequest request,
                       Optional<String> correction) throws IOException {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Integer, HitParts> parts = new HashMap<>();
        List<Integer> missing = new ArrayList<>();
        for (ScoreDoc hit : page) {
            stateCache.hit(searcher.getIndexReader(), query, hit.doc)
                    .ifPresentOrElse(kept -> parts.put(hit.doc, kept), () -> missing.add(hit.doc));
        }
        if (!missing.isEmpty()) {
            Map<Integer, HitParts> read = hitParts(searcher, missing.stream().mapToInt(Integer::intValue).toArray(),
                    query);
            read.forEach((doc, hit) -> stateCache.keepHit(searcher.getIndexReader(), query, doc, hit));
            parts.putAll(read);
        }
        List<SearchHit> hits = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            ScoreDoc scoreDoc = page.get(i);
            HitParts part = parts.get(scoreDoc.doc);
            DocumentMapper.StoredHit hit = part.stored();
            Optional<Double> distance = request.origin().flatMap(origin -> hit.location().map(location ->
                    Math.round(SloppyMath.haversinMeters(origin.lat(), origin.lon(), location.lat(), location.lon())
                            / 100.0) / 10.0));
            List<String> why = new ArrayList<>();
            correction.ifPresent(corrected -> why.add("gezocht op: " + corrected));
            why.addAll(explanation(part.found(), query));
            why.addAll(filtersMet(searcher, scoreDoc.doc, request.facetFilters()));
            distance.ifPresent(km -> why.add("afstand " + DistanceLabel.of(km)));
            float score = Float.isNaN(scoreDoc.score) ? 0f : scoreDoc.score;
            hits.add(new SearchHit(hit.id(), hit.type(), hit.title(), hit.url(), score, hit.schoolId(),
                    hit.schoolName(), hit.page(), hit.anchor(), hit.headingPath(), hit.doelgroep(), hit.fictief(),
                    distance, part.snippets(), List.copyOf(why)));
        }
        return hits;
    }

    private Map<Integer, HitParts> hitParts(IndexSearcher searcher, int[] docIds, UserQuery query)
            throws IOException {
        // One read of each hit's stored fields, the body included when the highlighter needs it.
        Set<String> fields = query.query().isPresent() ? DocumentMapper.HIT_FIELDS_AND_BODY : DocumentMapper.HIT_FIELDS;
        StoredFieldsPool pool = storedFieldsPool(searcher.getIndexReader());
        StoredFields storedFields = pool.take();
        List<DocumentMapper.StoredHit> stored = new ArrayList<>(docIds.length);
        Map<Integer, String> bodies = new HashMap<>();
        try {
            for (int doc : docIds) {
                Document document = storedFields.document(doc, fields);
                stored.add(DocumentMapper.fromLucene(document));
                bodies.put(doc, Objects.requireNonNullElse(document.get(IndexSchema.BODY), ""));
            }
        } finally {
            pool.giveBack(storedFields);
        }
        List<List<String>> snippets = List.of();
        Map<Integer, MatchedTerms.Found> found = Map.of();
        if (query.query().isPresent()) {
            KnownTermStates known = KnownTermStates.of(query.query().get(), searcher.getTopReaderContext());
            snippets = new SnippetHighlighter(searcher, indexAnalyzer, bodies, known)
                    .snippets(query.query().get(), docIds);
            found = MatchedTerms.in(searcher, query.query().get(), known, docIds);
        }
        Map<Integer, HitParts> parts = new HashMap<>();
        for (int i = 0; i < docIds.length; i++) {
            parts.put(docIds[i], new HitParts(stored.get(i), i < snippets.size() ? snippets.get(i) : List.of(),
                    found.getOrDefault(docIds[i], MatchedTerms.Found.NOTHING)));
        }
        return parts;
    }

    /** "filter: gemeente=Utrecht" for each value filtered on that the document has, from the facet doc values. */
    private static List<String> filtersMet(IndexSearcher searcher, int doc, Map<String, Set<String>> filters)
            throws IOException {
        if (filters.isEmpty()) {
            return List.of();
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        if (!values.advanceExact(doc - leaf.docBase)) {
            return List.of();
        }
        Set<Long> ordinals = new HashSet<>();
        for (int i = 0; i < values.docValueCount(); i++) {
            ordinals.add(values.nextOrd());
        }
        List<String> met = new ArrayList<>();
        for (Map.Entry<String, Set<String>> filter : filters.entrySet()) {
            for (String value : filter.getValue().stream().sorted().toList()) {
                long ordinal = values.lookupTerm(new BytesRef(FacetsConfig.pathToString(filter.getKey(), value)));
                if (ordinal >= 0 && ordinals.contains(ordinal)) {
                    met.add("filter: " + filter.getKey() + "=" + value);
                }
            }
        }
        return met;
    }

    /** "gevonden in: titel, tekst" and the synonyms that made this document match. */
    private static List<String> explanation(MatchedTerms.Found found, UserQuery query) {
        List<String> why = new ArrayList<>();
        if (!found.fields().isEmpty()) {
            why.add("gevonden in: " + String.join(", ", found.fields().stream().map(FIELD_LABELS::get).toList()));
        }
        why.addAll(query.notesFor(found.terms()));
        return why;
    }

    /** The pool of the index state searched; a new state (a content change) starts a new pool. */
    private StoredFieldsPool storedFieldsPool(IndexReader reader) {
        StoredFieldsPool pool = storedFieldsPool;
        if (!pool.isFor(reader)) {
            pool = new StoredFieldsPool(reader);
            storedFieldsPool = pool;
        }
        return pool;
    }
}
