package nl.passendwijzer.search;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The "waarom" of a hit: which query terms it holds, in which fields, and which synonyms it was found by. */
class MatchedTermsTest {

    private static Document doc(String title, String heading, String body) {
        Document doc = new Document();
        doc.add(new TextField(IndexSchema.TITLE, title, Field.Store.NO));
        doc.add(new TextField(IndexSchema.HEADING, heading, Field.Store.NO));
        doc.add(new TextField(IndexSchema.BODY, body, Field.Store.NO));
        return doc;
    }

    private static Query anyField(String... terms) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            for (IndexSchema.WeightedField field : IndexSchema.TEXT_FIELDS) {
                query.add(new TermQuery(new Term(field.name(), term)), Occur.SHOULD);
            }
        }
        return query.build();
    }

    @Test
    void eachHitListsTheFieldsInSchemaOrderAndTheTermsItHolds() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                writer.addDocument(doc("gedrag", "", "extra hulp bij autisme"));
                writer.addDocument(doc("rekenen", "plusklas", "niets hiervan"));
                writer.addDocument(doc("taal", "", "autisme"));
                writer.commit();
                writer.addDocument(doc("", "autisme", "in een tweede segment"));
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query query = anyField("autisme", "gedrag", "plusklas");

                Map<Integer, MatchedTerms.Found> found = MatchedTerms.in(searcher, query,
                        KnownTermStates.of(query, searcher.getTopReaderContext()), new int[] {3, 0, 1, 2});
                Query prepared = PreparedTerms.prepare(query, searcher);
                assertThat(MatchedTerms.in(searcher, prepared,
                        KnownTermStates.of(prepared, searcher.getTopReaderContext()), new int[] {3, 0, 1, 2}),
                        equalTo(found));

                assertThat(found.get(0).fields(), contains(IndexSchema.TITLE, IndexSchema.BODY));
                assertThat(found.get(0).terms(), containsInAnyOrder("autisme", "gedrag"));
                assertThat(found.get(1).fields(), contains(IndexSchema.HEADING));
                assertThat(found.get(1).terms(), contains("plusklas"));
                assertThat(found.get(2).fields(), contains(IndexSchema.BODY));
                assertThat(found.get(3).fields(), contains(IndexSchema.HEADING));
                assertThat(found.get(3).terms(), contains("autisme"));
            }
        }
    }

    @Test
    void aSynonymIsNamedOnlyWhenAllItsWordsWereFoundAndNotAllWereTyped() {
        UserQuery query = new UserQuery(Optional.empty(), Set.of("rugzak"), Map.of(
                "synoniem: rugzak → extra ondersteuning", Set.of("extra", "ondersteun"),
                "synoniem: rugzak → arrangement", Set.of("arrangement")));

        assertThat(query.notesFor(Set.of("extra", "ondersteun", "school")),
                contains("synoniem: rugzak → extra ondersteuning"));
        assertThat(query.notesFor(Set.of("extra", "arrangement")), contains("synoniem: rugzak → arrangement"));
        assertThat(query.notesFor(Set.of("rugzak", "extra")), empty());
        assertThat(new UserQuery(Optional.empty(), Set.of("extra", "ondersteun"), query.synonymNotes())
                .notesFor(Set.of("extra", "ondersteun")), empty());
    }
}
