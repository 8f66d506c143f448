package nl.passendwijzer.search;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index order (type block, then a hash of the id) and what relies on it: blocks as document ranges, samples of a
 * block, term states looked up once, the schooljaar bonus stored in the index.
 */
class IndexOrderTest {

    /** 30 articles, 200 schools, 2,000 sections written in shuffled type order over several segments. */
    private static DirectoryReader mixedIndex(ByteBuffersDirectory directory) throws IOException {
        List<DocumentType> types = new ArrayList<>();
        IntStream.range(0, 30).forEach(i -> types.add(DocumentType.ARTIKEL));
        IntStream.range(0, 200).forEach(i -> types.add(DocumentType.SCHOOL));
        IntStream.range(0, 2_000).forEach(i -> types.add(i % 2 == 0 ? DocumentType.SOP_SECTIE : DocumentType.GIDS_SECTIE));
        java.util.Collections.shuffle(types, new java.util.Random(7));
        try (IndexWriter writer = BlockSortedDocuments.writer(directory, 700)) {
            for (int i = 0; i < types.size(); i++) {
                writer.addDocument(BlockSortedDocuments.document(i, types.get(i),
                        i % 3 == 0 ? "autisme en dyslexie" : "dyslexie"));
            }
        }
        return DirectoryReader.open(directory);
    }

    @Test
    void everyTypeBlockIsOneRangeOfDocumentIdsInEverySegment() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory(); DirectoryReader reader = mixedIndex(directory)) {
            assertThat(reader.leaves().size(), greaterThan(1));
            for (LeafReaderContext leaf : reader.leaves()) {
                var stored = leaf.reader().storedFields();
                for (TypeBlock block : TypeBlock.values()) {
                    TypeBlock.Range range = block.in(leaf.reader());
                    for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                        DocumentType type = DocumentType.valueOf(stored.document(doc).get(IndexSchema.TYPE));
                        assertThat(block + " doc " + doc, range.contains(doc), is(block.types().contains(type)));
                    }
                }
            }
        }
    }

    @Test
    void aBlockQueryMatchesItsBlock() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory(); DirectoryReader reader = mixedIndex(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            assertThat(searcher.count(new TypeBlockQuery(TypeBlock.ARTICLES)), equalTo(30));
            assertThat(searcher.count(new TypeBlockQuery(TypeBlock.SCHOOLS)), equalTo(200));
            assertThat(searcher.count(new TypeBlockQuery(TypeBlock.SECTIONS)), equalTo(2_000));
        }
    }

    @Test
    void theSectionsOfAMatchSampleAreRandomWithRespectToContent() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory(); DirectoryReader reader = mixedIndex(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            MatchSample sample = searcher.search(new TermQuery(new Term(IndexSchema.BODY, "dyslexie")),
                    MatchSample.manager(600, reader));
            Set<Integer> autisme = documents(searcher, new TermQuery(new Term(IndexSchema.BODY, "autisme")));

            List<Integer> sections = new ArrayList<>();
            for (MatchSample.Leaf leaf : sample.leaves()) {
                for (int i = 0; i < leaf.size(); i++) {
                    if (leaf.sections().contains(leaf.docs()[i])) {
                        sections.add(leaf.context().docBase + leaf.docs()[i]);
                    }
                }
            }
            assertThat(sections.size(), allOf(greaterThanOrEqualTo(600), lessThan(620)));
            // A third of all sections mention autisme; so does a third of the sample.
            assertThat((double) sections.stream().filter(autisme::contains).count(),
                    closeTo(sections.size() / 3.0, 45));
        }
    }

    @Test
    void aScoredMatchSampleKeepsTheScoresTheQueryGivesTheDocumentsItCollected() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory(); DirectoryReader reader = mixedIndex(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query query = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexSchema.BODY, "dyslexie")), Occur.MUST)
                    .add(new TermQuery(new Term(IndexSchema.BODY, "autisme")), Occur.SHOULD).build();

            MatchSample sample = searcher.search(query, MatchSample.manager(400, reader, true));
            List<BytesRef> ids = new ArrayList<>();
            for (MatchSample.Leaf leaf : sample.leaves()) {
                var stored = leaf.context().reader().storedFields();
                for (int i = 0; i < leaf.size(); i++) {
                    ids.add(new BytesRef(stored.document(leaf.docs()[i]).get(IndexSchema.ID)));
                }
            }
            Query overSample = new BooleanQuery.Builder().add(query, Occur.MUST)
                    .add(new TermInSetQuery(IndexSchema.ID, ids), Occur.FILTER).build();
            ScoreDoc[] expected = searcher.search(overSample, 25).scoreDocs;
            List<ScoreDoc> ranked = RankedCandidates.of(sample, Optional.empty(), Locations.of(reader)).top(25);

            assertThat(sample.sampled(), is(true));
            assertThat(ranked.size(), equalTo(25));
            for (int i = 0; i < expected.length; i++) {
                assertThat(ranked.get(i).doc, equalTo(expected[i].doc));
                assertThat(ranked.get(i).score, equalTo(expected[i].score));
            }
        }
    }

    private static Set<Integer> documents(IndexSearcher searcher, Query query) throws IOException {
        Set<Integer> docs = new HashSet<>();
        for (ScoreDoc hit : searcher.search(query, Integer.MAX_VALUE).scoreDocs) {
            docs.add(hit.doc);
        }
        return docs;
    }

    @Test
    void aMatchSampleCountsArticlesAndSchoolsInFullAndEstimatesSections() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory(); DirectoryReader reader = mixedIndex(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query dyslexie = new TermQuery(new Term(IndexSchema.BODY, "dyslexie"));

            MatchSample exact = searcher.search(dyslexie, MatchSample.manager(5_000, reader));
            MatchSample sampled = searcher.search(dyslexie, MatchSample.manager(400, reader));

            assertThat(exact.sampled(), is(false));
            assertThat(exact.total(), equalTo(2_230L));
            assertThat(sampled.sampled(), is(true));
            assertThat((double) sampled.total(), closeTo(2_230, 30));
            long collectedNonSections = sampled.leaves().stream().mapToLong(leaf -> IntStream.range(0, leaf.size())
                    .filter(i -> !leaf.sections().contains(leaf.docs()[i])).count()).sum();
            assertThat(collectedNonSections, equalTo(230L));
        }
    }

    @Test
    void preparedTermsScoreExactlyLikeTheQueryTheyCameFrom() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory(); DirectoryReader reader = mixedIndex(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query query = new BooleanQuery.Builder()
                    .add(new DisjunctionMaxQuery(List.of(new TermQuery(new Term(IndexSchema.BODY, "autisme")),
                            new TermQuery(new Term(IndexSchema.TITLE, "autisme"))), 0.1f), Occur.MUST)
                    .add(new TermQuery(new Term(IndexSchema.BODY, "dyslexie")), Occur.SHOULD).build();

            ScoreDoc[] plain = searcher.search(query, 50).scoreDocs;
            ScoreDoc[] prepared = searcher.search(PreparedTerms.prepare(query, searcher), 50).scoreDocs;

            assertThat(prepared.length, equalTo(plain.length));
            for (int i = 0; i < plain.length; i++) {
                assertThat(prepared[i].doc, equalTo(plain[i].doc));
                assertThat(prepared[i].score, equalTo(plain[i].score));
            }
        }
    }

    @Test
    void theSchooljaarBonusIsRelativeToTheSchooljaarCurrentAtIndexTime() {
        Freshness freshness = Freshness.at(Clock.fixed(LocalDate.of(2026, 9, 1).atStartOfDay(ZoneId.of("Europe/Amsterdam"))
                .toInstant(), ZoneId.of("Europe/Amsterdam")));

        assertThat(freshness.currentStartYear(), equalTo(2026L));
        assertThat(Freshness.at(Clock.fixed(LocalDate.of(2026, 7, 31).atStartOfDay(ZoneId.of("Europe/Amsterdam"))
                .toInstant(), ZoneId.of("Europe/Amsterdam"))).currentStartYear(), equalTo(2025L));
        assertThat(freshness.bonus(Optional.of(2026L)), equalTo(1f));
        assertThat(freshness.bonus(Optional.of(2024L)), equalTo(0.5f));
        assertThat(freshness.bonus(Optional.empty()), equalTo(1f));
        assertThat(freshness.versionTag(), equalTo("schooljaar-2026"));
    }

    @Test
    void anIndexBuiltInAnotherSchooljaarIsRebuilt(@TempDir Path dir) throws IOException {
        Clock july = Clock.fixed(LocalDate.of(2026, 7, 31).atStartOfDay(ZoneId.of("UTC")).toInstant(), ZoneId.of("UTC"));
        Clock august = Clock.fixed(LocalDate.of(2026, 8, 1).atStartOfDay(ZoneId.of("UTC")).toInstant(), ZoneId.of("UTC"));
        try (SearchIndex index = SearchIndex.open(dir, config(july))) {
            index.rebuild(TestCorpus.documents().stream(), "v1", count -> { });
            assertThat(index.rebuildReason(), equalTo(Optional.empty()));
        }
        try (SearchIndex index = SearchIndex.open(dir, config(july))) {
            assertThat(index.rebuildReason(), equalTo(Optional.empty()));
        }
        try (SearchIndex index = SearchIndex.open(dir, config(august))) {
            assertThat(index.rebuildReason().orElseThrow(), containsString("analyzer version"));
        }
    }

    private static SearchConfig config(Clock clock) {
        return new SearchConfig("v1", TestCorpus.SYNONYMS, TestCorpus.VOCABULARY, clock);
    }
}
