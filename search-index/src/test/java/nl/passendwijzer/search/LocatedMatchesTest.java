package nl.passendwijzer.search;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class LocatedMatchesTest {
    private static final GeoPoint UTRECHT = new GeoPoint(52.0907, 5.1214);

    /** Articles without a place; schools and sections spread over about 80 km around Utrecht; several segments. */
    private static DirectoryReader spreadIndex(ByteBuffersDirectory directory) throws IOException {
        Random random = new Random(5);
        try (IndexWriter writer = BlockSortedDocuments.writer(directory, 900)) {
            for (int i = 0; i < 3_000; i++) {
                DocumentType type = i % 100 == 0 ? DocumentType.ARTIKEL
                        : i % 10 == 0 ? DocumentType.SCHOOL : DocumentType.SOP_SECTIE;
                Document doc = BlockSortedDocuments.document(i, type, i % 3 == 0 ? "dyslexie en autisme" : "dyslexie");
                if (type != DocumentType.ARTIKEL) {
                    double lat = UTRECHT.lat() + random.nextGaussian() * 0.25;
                    double lon = UTRECHT.lon() + random.nextGaussian() * 0.35;
                    doc.add(new LatLonPoint(IndexSchema.LOCATION, lat, lon));
                    doc.add(new LatLonDocValuesField(IndexSchema.LOCATION, lat, lon));
                }
                writer.addDocument(doc);
            }
        }
        return DirectoryReader.open(directory);
    }

    @Test
    void lookingNearMatchesUpGivesTheSampleThatMatchingInTheAreaWouldCollect() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory(); DirectoryReader reader = spreadIndex(directory)) {
            assertThat(reader.leaves().size(), greaterThan(1));
            IndexSearcher searcher = new IndexSearcher(reader);
            Query query = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexSchema.BODY, "dyslexie")), Occur.MUST)
                    .add(new TermQuery(new Term(IndexSchema.BODY, "autisme")), Occur.SHOULD).build();
            LocatedMatches located = LocatedMatches.of(searcher, query);

            List<String> compared = new ArrayList<>();
            for (GeoPoint origin : List.of(UTRECHT, new GeoPoint(52.3, 4.9), new GeoPoint(53.2, 6.5))) {
                for (double km : List.of(2.0, 8.0, 32.0)) {
                    for (int quota : List.of(50, 500, Integer.MAX_VALUE)) {
                        NearbyArea area = new NearbyArea(origin, km * 1000);
                        MatchSample collected = searcher.search(new BooleanQuery.Builder().add(query, Occur.MUST)
                                        .add(area.query(), Occur.FILTER).build(),
                                MatchSample.manager(quota, reader, true));
                        MatchSample lookedUp = located.near(area, quota);

                        String label = origin + " " + km + " km, quota " + quota;
                        assertThat(label, describe(lookedUp), equalTo(describe(collected)));
                        compared.add(label + ": " + collected.size() + (collected.sampled() ? " sampled" : ""));
                    }
                }
            }
            assertThat(compared.toString(), containsString("sampled"));
            assertThat(compared.toString(), containsString(": 0"));
        }
    }

    /** Per segment: its documents, their scores, how much of its section block counts as scanned. */
    private static List<String> describe(MatchSample sample) {
        List<String> leaves = new ArrayList<>();
        for (MatchSample.Leaf leaf : sample.leaves()) {
            StringBuilder text = new StringBuilder("leaf " + leaf.context().ord + " scanned " + leaf.sectionsScanned()
                    + ":");
            for (int i = 0; i < leaf.size(); i++) {
                text.append(' ').append(leaf.docs()[i]).append('=').append(leaf.scores()[i]);
            }
            leaves.add(text.toString());
        }
        return leaves;
    }
}
