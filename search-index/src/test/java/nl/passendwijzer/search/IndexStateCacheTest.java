package nl.passendwijzer.search;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class IndexStateCacheTest {
    private static final MultiSelectFacets.Counts COUNTS =
            new MultiSelectFacets.Counts(0, false, Map.of(), false, new MatchSample(List.of()));

    private final AtomicInteger counted = new AtomicInteger();

    private MultiSelectFacets.Counts count() {
        counted.incrementAndGet();
        return COUNTS;
    }

    @Test
    void theSameSearchOnTheSameIndexStateIsCountedOnce() throws IOException {
        IndexStateCache cache = new IndexStateCache(1 << 20);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            DirectoryReader first = DirectoryReader.open(writer);
            writer.addDocument(new Document());
            DirectoryReader second = DirectoryReader.open(writer);

            cache.counts(first, new TermQuery(new Term("body", "dyslexie")), Map.of(), this::count);
            cache.counts(first, new TermQuery(new Term("body", "dyslexie")), Map.of(), this::count);
            assertThat(counted.get(), equalTo(1));

            cache.counts(first, new TermQuery(new Term("body", "dyslexie")), Map.of("sector", Set.of("vo")),
                    this::count);
            cache.counts(first, new TermQuery(new Term("body", "autisme")), Map.of(), this::count);
            assertThat(counted.get(), equalTo(3));

            cache.counts(second, new TermQuery(new Term("body", "dyslexie")), Map.of(), this::count);
            assertThat("another index state counts afresh", counted.get(), equalTo(4));
            first.close();
            second.close();
        }
    }

    @Test
    void aSearchOnAnOlderIndexStateDoesNotDropTheNewerOnesCounts() throws IOException {
        IndexStateCache cache = new IndexStateCache(1 << 20);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            DirectoryReader older = DirectoryReader.open(writer);
            writer.addDocument(new Document());
            DirectoryReader newer = DirectoryReader.open(writer);

            cache.counts(newer, new TermQuery(new Term("body", "dyslexie")), Map.of(), this::count);
            cache.counts(older, new TermQuery(new Term("body", "dyslexie")), Map.of(), this::count);
            cache.counts(newer, new TermQuery(new Term("body", "dyslexie")), Map.of(), this::count);

            assertThat(counted.get(), equalTo(2));
            older.close();
            newer.close();
        }
    }

    @Test
    void withoutMemoryEverySearchCountsAfresh() throws IOException {
        IndexStateCache cache = new IndexStateCache(0);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig());
             DirectoryReader reader = DirectoryReader.open(writer)) {
            cache.counts(reader, new TermQuery(new Term("body", "dyslexie")), Map.of(), this::count);
            cache.counts(reader, new TermQuery(new Term("body", "dyslexie")), Map.of(), this::count);

            assertThat(counted.get(), equalTo(2));
        }
    }

    @Test
    void aCountingThatFailsIsNotKept() throws IOException {
        IndexStateCache cache = new IndexStateCache(1 << 20);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig());
             DirectoryReader reader = DirectoryReader.open(writer)) {
            IOException failure = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                    () -> cache.counts(reader, new TermQuery(new Term("body", "x")), Map.of(), () -> {
                        throw new IOException("disk");
                    }));
            cache.counts(reader, new TermQuery(new Term("body", "x")), Map.of(), this::count);

            assertThat(failure.getMessage(), equalTo("disk"));
            assertThat(counted.get(), equalTo(1));
        }
    }
}
