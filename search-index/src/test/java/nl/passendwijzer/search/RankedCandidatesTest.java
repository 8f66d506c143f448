package nl.passendwijzer.search;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The top of a ranking with closeness is the top of every candidate's final score, however it is found. */
class RankedCandidatesTest {
    private static final GeoPoint UTRECHT = new GeoPoint(52.0907, 5.1214);

    @Test
    void theTopWithClosenessIsTheTopOfEveryCandidatesFinalScore() throws IOException {
        Random random = new Random(5);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = BlockSortedDocuments.writer(directory, 700)) {
                for (int i = 0; i < 2_000; i++) {
                    DocumentType type = i % 10 == 0 ? DocumentType.SCHOOL : DocumentType.SOP_SECTIE;
                    Document doc = BlockSortedDocuments.document(i, type,
                            "dyslexie ".repeat(1 + random.nextInt(6)) + "lezen ".repeat(random.nextInt(40)));
                    if (i % 7 != 0) { // some without a place
                        doc.add(new LatLonDocValuesField(IndexSchema.LOCATION, UTRECHT.lat() + random.nextDouble(-1, 1),
                                UTRECHT.lon() + random.nextDouble(-1.5, 1.5)));
                    }
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                MatchSample sample = searcher.search(new TermQuery(new Term(IndexSchema.BODY, "dyslexie")),
                        MatchSample.manager(5_000, reader, true));
                Locations locations = Locations.of(reader);
                // A place typed in the text weighs closeness more, which lets more candidates within reach.
                for (Optional<RankedCandidates.Closeness> closeness : List.of(
                        Optional.<RankedCandidates.Closeness>empty(),
                        Optional.of(new RankedCandidates.Closeness(UTRECHT)),
                        Optional.of(new RankedCandidates.Closeness(UTRECHT, RankedCandidates.PLACE_IN_TEXT_WEIGHT)),
                        Optional.of(new RankedCandidates.Closeness(new GeoPoint(52.5, 5.9))))) {
                    List<ScoreDoc> all = everyFinalScore(List.of(sample), closeness, locations);
                    for (int n : new int[] {1, 10, 30, 500, 3_000}) {
                        List<ScoreDoc> top = RankedCandidates.of(new ScoreOrder(sample), new MatchSample(List.of()),
                                closeness, locations).top(n);
                        List<ScoreDoc> expected = all.subList(0, Math.min(n, all.size()));
                        assertThat(top.size(), is(expected.size()));
                        for (int i = 0; i < expected.size(); i++) {
                            assertThat(top.get(i).doc, equalTo(expected.get(i).doc));
                            assertThat(top.get(i).score, equalTo(expected.get(i).score));
                        }
                    }
                }
            }
        }
    }

    @Test
    void countedAndNearCandidatesRankAsOneSetUnsortedAndSorted() throws IOException {
        Random random = new Random(8);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = BlockSortedDocuments.writer(directory, 900)) {
                for (int i = 0; i < 3_000; i++) {
                    Document doc = BlockSortedDocuments.document(i, i % 12 == 0 ? DocumentType.SCHOOL
                            : DocumentType.SOP_SECTIE, "dyslexie ".repeat(1 + random.nextInt(6))
                            + "lezen ".repeat(random.nextInt(40)));
                    boolean atOrigin = i % 40 == 0; // closeness lifts these the most: at the edge of reach
                    double lat = atOrigin ? UTRECHT.lat() : UTRECHT.lat() + random.nextDouble(-0.5, 0.5);
                    double lon = atOrigin ? UTRECHT.lon() : UTRECHT.lon() + random.nextDouble(-0.8, 0.8);
                    doc.add(new LatLonPoint(IndexSchema.LOCATION, lat, lon));
                    doc.add(new LatLonDocValuesField(IndexSchema.LOCATION, lat, lon));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                TermQuery dyslexie = new TermQuery(new Term(IndexSchema.BODY, "dyslexie"));
                MatchSample counted = searcher.search(dyslexie, MatchSample.manager(300, reader, true));
                NearbyArea area = new NearbyArea(UTRECHT, 20_000);
                MatchSample near = searcher.search(new org.apache.lucene.search.BooleanQuery.Builder()
                                .add(dyslexie, org.apache.lucene.search.BooleanClause.Occur.MUST)
                                .add(area.query(), org.apache.lucene.search.BooleanClause.Occur.FILTER).build(),
                        MatchSample.manager(300, reader, true));
                Locations locations = Locations.of(reader);
                List<ScoreDoc> all = everyFinalScore(List.of(counted, near), Optional.of(new RankedCandidates.Closeness(UTRECHT)), locations);
                ScoreOrder byScore = new ScoreOrder(counted);
                assertThat(counted.sampled(), is(true));
                assertThat(all.size(), is(lessThan(counted.size() + near.size())));
                List<ScoreDoc> countedOnly = everyFinalScore(List.of(counted), Optional.of(new RankedCandidates.Closeness(UTRECHT)), locations);
                ScoreOrder alone = new ScoreOrder(counted);
                MatchSample none = new MatchSample(List.of());
                for (int ranking = 0; ranking < 3; ranking++) { // the first unsorted, then sorted
                    for (int n : new int[] {10, 30, 120, 5_000}) {
                        assertSameTop(RankedCandidates.of(byScore, near, Optional.of(new RankedCandidates.Closeness(UTRECHT)), locations).top(n),
                                all, n);
                        assertSameTop(RankedCandidates.of(alone, none, Optional.of(new RankedCandidates.Closeness(UTRECHT)), locations).top(n),
                                countedOnly, n);
                    }
                }
            }
        }
    }

    private static void assertSameTop(List<ScoreDoc> top, List<ScoreDoc> all, int n) {
        List<ScoreDoc> expected = all.subList(0, Math.min(n, all.size()));
        assertThat(top.size(), is(expected.size()));
        for (int i = 0; i < expected.size(); i++) {
            assertThat(top.get(i).doc, equalTo(expected.get(i).doc));
            assertThat(top.get(i).score, equalTo(expected.get(i).score));
        }
    }


    /** Every document of the samples once, with its final score, in ranking order. */
    private static List<ScoreDoc> everyFinalScore(List<MatchSample> samples,
                                                  Optional<RankedCandidates.Closeness> closeness, Locations locations) {
        List<ScoreDoc> all = new ArrayList<>();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (MatchSample sample : samples) {
        for (MatchSample.Leaf leaf : sample.leaves()) {
            for (int i = 0; i < leaf.size(); i++) {
                int doc = leaf.context().docBase + leaf.docs()[i];
                if (!seen.add(doc)) {
                    continue;
                }
                float score = leaf.scores()[i];
                if (closeness.isPresent() && locations.has(doc)) {
                    score += closeness.get().of(locations.encoded(doc));
                }
                all.add(new ScoreDoc(doc, score));
            }
        }
        }
        all.sort(Comparator.comparingDouble((ScoreDoc hit) -> -hit.score).thenComparingInt(hit -> hit.doc));
        return all;
    }
}
