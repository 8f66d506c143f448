package nl.passendwijzer.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import nl.passendwijzer.search.analysis.DutchAnalysis;
import nl.passendwijzer.search.analysis.DutchWordLists;
import nl.passendwijzer.search.analysis.SynonymGroups;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The portal's Lucene index in one directory: open, (re)build, near-real-time updates, search and autocomplete.
 *
 * <p>Every write is committed and made searchable before the method returns, so a killed process leaves the last
 * commit (Lucene commits are atomic) and a reader never sees half a rebuild. The analyzer version and the content
 * version live in the commit user data; {@link #rebuildReason()} tells the caller when they differ from what this
 * build expects, or when the directory held no readable index, and the caller then calls {@link #rebuild}.
 * Thread-safe; holds no static state, so several instances (tests, benchmarks) can live side by side.
 */
public final class SearchIndex implements Closeable {
    static final String ANALYZER_VERSION_KEY = "analyzerVersion";
    static final String CONTENT_VERSION_KEY = "contentVersion";
    /** Documents per indexing task during a rebuild; progress is reported as batches complete. */
    private static final int BATCH = 500;

    private final Directory directory;
    private final Analyzer indexAnalyzer;
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    private final DocumentMapper mapper;
    private final IndexSearch search;
    private final NameSuggester suggester;
    private final String analyzerVersion;
    private final String expectedContentVersion;
    private final Object writeLock = new Object();
    private volatile String contentVersion;
    private volatile Optional<String> rebuildReason;

    private SearchIndex(Directory directory, IndexWriter writer, DutchAnalysis analysis, Analyzer indexAnalyzer,
                        FacetsConfig facetsConfig, Freshness freshness, SearchConfig config, String analyzerVersion,
                        Map<String, String> commitData, Optional<String> rebuildReason) throws IOException {
        this.directory = directory;
        this.indexAnalyzer = indexAnalyzer;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, new SearcherFactory());
        this.mapper = new DocumentMapper(facetsConfig, freshness);
        SynonymGroups synonyms = SynonymGroups.build(config.synonymGroups(), analysis);
        this.search = new IndexSearch(analysis, indexAnalyzer, synonyms, facetsConfig, config.sampleSize(),
                (long) config.matchCacheMb() << 20);
        this.suggester = new NameSuggester(config.vocabularyTerms());
        this.analyzerVersion = analyzerVersion;
        this.expectedContentVersion = config.contentVersion();
        this.contentVersion = commitData.getOrDefault(CONTENT_VERSION_KEY, "");
        this.rebuildReason = rebuildReason;
    }

    /**
     * Opens (or creates) the index in {@code dir}. Never fails because of what is in the directory: an unreadable
     * index is replaced by an empty one and reported through {@link #rebuildReason()}.
     *
     * @throws IOException when the directory itself cannot be used (permissions, another process holds the lock)
     */
    public static SearchIndex open(Path dir, SearchConfig config) throws IOException {
        DutchAnalysis analysis = new DutchAnalysis(DutchWordLists.load());
        Freshness freshness = Freshness.at(config.clock());
        String analyzerVersion = AnalyzerVersion.of(analysis) + "/" + freshness.versionTag();
        Analyzer indexAnalyzer = new PerFieldAnalyzerWrapper(analysis.indexAnalyzer(),
                Map.of(IndexSchema.SPELL, analysis.spellAnalyzer()));
        Directory directory = FSDirectory.open(dir);
        Map<String, String> commitData = Map.of();
        Optional<String> reason;
        IndexWriter writer;
        try {
            if (!DirectoryReader.indexExists(directory)) {
                reason = Optional.of("no index yet");
                writer = newWriter(directory, indexAnalyzer, IndexWriterConfig.OpenMode.CREATE);
            } else {
                commitData = SegmentInfos.readLatestCommit(directory).getUserData();
                reason = versionMismatch(commitData, analyzerVersion, config.contentVersion());
                // Another schema may have another index sort, which an appending writer refuses: start afresh.
                boolean otherSchema = !commitData.getOrDefault(ANALYZER_VERSION_KEY, "").equals(analyzerVersion);
                writer = newWriter(directory, indexAnalyzer, otherSchema
                        ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND);
                if (otherSchema) {
                    commitData = Map.of();
                }
            }
        } catch (org.apache.lucene.store.LockObtainFailedException locked) {
            directory.close();
            throw locked;
        } catch (IOException | RuntimeException unreadable) {
            reason = Optional.of("index unreadable (" + unreadable.getClass().getSimpleName() + ")");
            commitData = Map.of();
            writer = newWriter(directory, indexAnalyzer, IndexWriterConfig.OpenMode.CREATE);
        }
        return new SearchIndex(directory, writer, analysis, indexAnalyzer, IndexSchema.facetsConfig(), freshness,
                config, analyzerVersion, commitData, reason);
    }

    private static IndexWriter newWriter(Directory directory, Analyzer analyzer, IndexWriterConfig.OpenMode mode)
            throws IOException {
        // A larger buffer than the 16 MB default: a rebuild flushes (and then merges) far fewer small segments.
        return new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(mode)
                .setIndexSort(IndexSchema.indexSort()).setRAMBufferSizeMB(64));
    }

    private static Optional<String> versionMismatch(Map<String, String> commitData, String analyzerVersion,
                                                    String contentVersion) {
        String storedAnalyzer = commitData.getOrDefault(ANALYZER_VERSION_KEY, "");
        if (!storedAnalyzer.equals(analyzerVersion)) {
            return Optional.of("analyzer version " + storedAnalyzer + " differs from " + analyzerVersion);
        }
        String storedContent = commitData.getOrDefault(CONTENT_VERSION_KEY, "");
        if (!storedContent.equals(contentVersion)) {
            return Optional.of("content version " + storedContent + " differs from " + contentVersion);
        }
        return Optional.empty();
    }

    /** Why the caller must call {@link #rebuild} before relying on results; empty when the index is current. */
    public Optional<String> rebuildReason() {
        return rebuildReason;
    }

    /** The version this index writes: the {@link AnalyzerVersion} and the current schooljaar ({@link Freshness}). */
    public String analyzerVersion() {
        return analyzerVersion;
    }

    /** The content version of the last commit, "" for a new index. */
    public String contentVersion() {
        return contentVersion;
    }

    /**
     * Replaces the whole index by {@code documents} in one commit: searches see the old index until the new one is
     * complete, and a crash half-way leaves the old one.
     *
     * @param progress told the number of documents indexed so far, every few hundred and at the end
     */
    public void rebuild(Stream<IndexDocument> documents, String newContentVersion, LongConsumer progress)
            throws IOException {
        synchronized (writeLock) {
            try {
                writer.deleteAll();
                long count = addAll(documents, progress);
                // One segment: every search pays its per-segment set-up once instead of once per segment.
                writer.forceMerge(1);
                contentVersion = newContentVersion;
                commitAndRefresh();
                progress.accept(count);
                rebuildReason = newContentVersion.equals(expectedContentVersion)
                        ? Optional.empty()
                        : Optional.of("content version " + newContentVersion + " differs from "
                                + expectedContentVersion);
            } catch (IOException | RuntimeException e) {
                reopenAtLastCommit();
                throw e;
            }
        }
    }

    /** Adds or replaces one document (by id); searchable when this returns. */
    public void upsert(IndexDocument document) throws IOException {
        synchronized (writeLock) {
            writer.updateDocument(new Term(IndexSchema.ID, document.id()), mapper.toLucene(document));
            commitAndRefresh();
        }
    }

    /** Removes one document by id. */
    public void delete(String id) throws IOException {
        synchronized (writeLock) {
            writer.deleteDocuments(new Term(IndexSchema.ID, id));
            commitAndRefresh();
        }
    }

    /** Removes every section of a school (documents whose parent school id is {@code schoolId}), not the school. */
    public void deleteByParent(String schoolId) throws IOException {
        synchronized (writeLock) {
            writer.deleteDocuments(new Term(IndexSchema.PARENT, schoolId));
            commitAndRefresh();
        }
    }

    /** Replaces all sections of a school by {@code sections} in one step (a new SOP upload). */
    public void replaceByParent(String schoolId, List<IndexDocument> sections) throws IOException {
        synchronized (writeLock) {
            writer.deleteDocuments(new Term(IndexSchema.PARENT, schoolId));
            for (IndexDocument section : sections) {
                writer.updateDocument(new Term(IndexSchema.ID, section.id()), mapper.toLucene(section));
            }
            commitAndRefresh();
        }
    }

    /**
     * Adds every document, mapped and analysed on all cores while this thread reads them (a database stream is read in
     * order, by one thread). Batches in flight are bounded, so a slow writer holds back the reading.
     */
    private long addAll(Stream<IndexDocument> documents, LongConsumer progress) throws IOException {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        Semaphore inFlight = new Semaphore(threads * 2);
        AtomicLong indexed = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long reported = 0;
        try (ExecutorService indexers = Executors.newFixedThreadPool(threads,
                Thread.ofPlatform().name("index-", 1).factory())) {
            Iterator<IndexDocument> source = documents.iterator();
            while (source.hasNext() && failure.get() == null) {
                List<IndexDocument> batch = new ArrayList<>(BATCH);
                while (source.hasNext() && batch.size() < BATCH) {
                    batch.add(source.next());
                }
                inFlight.acquireUninterruptibly();
                indexers.execute(() -> {
                    try {
                        for (IndexDocument document : batch) {
                            writer.addDocument(mapper.toLucene(document));
                        }
                        indexed.addAndGet(batch.size());
                    } catch (IOException | RuntimeException e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        inFlight.release();
                    }
                });
                long done = indexed.get();
                if (done > reported) {
                    progress.accept(done);
                    reported = done;
                }
            }
        }
        switch (failure.get()) {
            case null -> { }
            case IOException e -> throw e;
            case RuntimeException e -> throw e;
            default -> throw new IllegalStateException(failure.get());
        }
        return indexed.get();
    }

    /** Drops the uncommitted half of a failed rebuild; rollback closes the writer, so a new one takes over. */
    private void reopenAtLastCommit() throws IOException {
        SearcherManager oldSearchers = searchers;
        writer.rollback();
        writer = newWriter(directory, indexAnalyzer, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        searchers = new SearcherManager(writer, new SearcherFactory());
        oldSearchers.close();
    }

    private void commitAndRefresh() throws IOException {
        writer.setLiveCommitData(Map.of(ANALYZER_VERSION_KEY, analyzerVersion,
                CONTENT_VERSION_KEY, contentVersion).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /**
     * Runs a search. Never throws for any query text; only an impossible request (negative page, unknown facet,
     * radius without origin…) gives an {@link InvalidQueryException}.
     */
    public SearchResponse search(SearchRequest request) throws IOException {
        SearcherManager manager = searchers;
        IndexSearcher searcher = manager.acquire();
        try {
            return search.search(request, searcher);
        } finally {
            manager.release(searcher);
        }
    }

    /**
     * What searches see now, as an opaque token: two searches with the same token and the same request give the same
     * answer. A token differs from every earlier one as soon as any change is searchable (a refresh, a rebuild).
     */
    public Object generation() throws IOException {
        SearcherManager manager = searchers;
        IndexSearcher searcher = manager.acquire();
        try {
            return searcher.getIndexReader().getReaderCacheHelper().getKey();
        } finally {
            manager.release(searcher);
        }
    }

    /** Autocomplete: school names, places and vocabulary terms whose words start with {@code prefix}. */
    public List<Suggestion> suggest(String prefix, int limit) throws IOException {
        SearcherManager manager = searchers;
        IndexSearcher searcher = manager.acquire();
        try {
            long version = ((DirectoryReader) searcher.getIndexReader()).getVersion();
            return suggester.suggest(prefix == null ? "" : prefix, Math.min(limit, 20), searcher, version);
        } finally {
            manager.release(searcher);
        }
    }

    /** Number of documents currently searchable. */
    public int documentCount() throws IOException {
        SearcherManager manager = searchers;
        IndexSearcher searcher = manager.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            manager.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (writeLock) {
            try (Directory closedLast = directory; IndexWriter closedSecond = writer;
                 SearcherManager closedFirst = searchers) {
                // closes searchers, then the writer (without committing anything new), then the directory
            }
        }
    }
}
