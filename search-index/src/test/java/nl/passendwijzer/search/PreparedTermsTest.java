package nl.passendwijzer.search;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** A query with its terms looked up in advance ranks exactly as the query itself. */
class PreparedTermsTest {

    @Test
    void aPreparedQueryScoresEveryDocumentAsTheQueryItself() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                writer.addDocument(doc("autisme", "kleine klas voor kinderen met autisme"));
                writer.addDocument(doc("dyslexie", "hulp bij dyslexie en rekenen"));
                writer.commit();
                writer.addDocument(doc("plusklas", "een plusklas en een kleine klas"));
                writer.addDocument(doc("", "autisme autisme en dyslexie"));
                writer.commit();
                writer.addDocument(doc("gedrag", "niets van dit alles"));
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query query = new BooleanQuery.Builder()
                        .add(new DisjunctionMaxQuery(List.of(
                                new BoostQuery(new TermQuery(new Term(IndexSchema.TITLE, "autisme")), 3f),
                                new TermQuery(new Term(IndexSchema.BODY, "autisme"))), 0.1f), Occur.SHOULD)
                        .add(new TermQuery(new Term(IndexSchema.BODY, "klas")), Occur.SHOULD)
                        .add(new TermQuery(new Term(IndexSchema.HEADING, "nergens")), Occur.SHOULD)
                        .add(new PhraseQuery(2, IndexSchema.BODY, "kleine", "klas"), Occur.SHOULD)
                        .add(new TermQuery(new Term(IndexSchema.BODY, "rekenen")), Occur.MUST_NOT)
                        .build();

                ScoreDoc[] plain = searcher.search(query, 10).scoreDocs;
                ScoreDoc[] prepared = searcher.search(PreparedTerms.prepare(query, searcher), 10).scoreDocs;

                assertThat(plain.length, greaterThan(2));
                assertThat(Arrays.stream(prepared).map(PreparedTermsTest::hit).toList(),
                        is(Arrays.stream(plain).map(PreparedTermsTest::hit).toList()));
            }
        }
    }

    private static String hit(ScoreDoc doc) {
        return doc.doc + "=" + doc.score;
    }

    private static Document doc(String title, String body) {
        Document doc = new Document();
        doc.add(new TextField(IndexSchema.TITLE, title, Field.Store.NO));
        doc.add(new TextField(IndexSchema.BODY, body, Field.Store.NO));
        return doc;
    }
}
