package nl.passendwijzer.search;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;

/** Hand-built test indexes in the portal's order (type block, then a hash of the id), over several segments. */
final class BlockSortedDocuments {
    private BlockSortedDocuments() {
    }

    /** A writer that flushes a segment every {@code documentsPerSegment} documents. */
    static IndexWriter writer(Directory directory, int documentsPerSegment) throws IOException {
        return new IndexWriter(directory, new IndexWriterConfig().setIndexSort(IndexSchema.indexSort())
                .setMaxBufferedDocs(documentsPerSegment));
    }

    /** Document {@code i} ("doc-i") of {@code type}: the fields the index order needs, and a body. */
    static Document document(int i, DocumentType type, String body) {
        Document doc = new Document();
        doc.add(new StringField(IndexSchema.ID, "doc-" + i, Field.Store.YES));
        doc.add(new StringField(IndexSchema.TYPE, type.name(), Field.Store.YES));
        doc.add(new NumericDocValuesField(IndexSchema.TYPE_BLOCK, TypeBlock.of(type).ordinal()));
        doc.add(new NumericDocValuesField(IndexSchema.SHUFFLE, DocumentMapper.shuffleKey("doc-" + i)));
        doc.add(new TextField(IndexSchema.BODY, body, Field.Store.NO));
        return doc;
    }
}
