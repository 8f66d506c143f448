package nl.passendwijzer.server.zoeken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;

import io.helidon.dbclient.DbClient;
import nl.passendwijzer.search.IndexDocument;
import nl.passendwijzer.search.SearchConfig;
import nl.passendwijzer.search.SearchIndex;
import nl.passendwijzer.search.SearchRequest;
import nl.passendwijzer.search.SearchResponse;
import nl.passendwijzer.search.Suggestion;
import nl.passendwijzer.server.db.Rows;

/**
 * The node's local search index, derived from the database. It is rebuilt when it is missing, unreadable, built by
 * another analyzer, or behind the database's content change log; single changes (an upload) are applied at once.
 */
public final class PortalSearch implements AutoCloseable {
    private static final System.Logger LOGGER = System.getLogger(PortalSearch.class.getName());

    private final SearchIndex index;
    private final SearchConfig config;
    private final SearchDocuments documents;
    private final DbClient db;
    private boolean rebuiltAtOpen;

    private PortalSearch(SearchIndex index, SearchConfig config, SearchDocuments documents, DbClient db) {
        this.index = index;
        this.config = config;
        this.documents = documents;
        this.db = db;
    }

    /** Opens the index expecting the database's current content version, so an up-to-date index is reused. */
    public static PortalSearch open(Path dir, SearchConfig config, SearchDocuments documents, DbClient db) {
        SearchConfig current = config.withContentVersion(databaseContentVersion(db));
        try {
            PortalSearch search = new PortalSearch(SearchIndex.open(dir, current), current, documents, db);
            search.rebuildIfStale();
            return search;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + dir, e);
        }
    }

    /** The version of the database content the index must reflect: the newest entry of the change log. */
    public String databaseContentVersion() {
        return databaseContentVersion(db);
    }

    private static String databaseContentVersion(DbClient db) {
        long seq = db.execute().get("SELECT COALESCE(MAX(seq), 0) AS seq FROM content_wijziging")
                .map(row -> Rows.longValue(row, "seq")).orElse(0L);
        return contentVersion(seq);
    }

    /** The content version of an index built from the database up to change {@code seq}, mapped as this build maps. */
    static String contentVersion(long seq) {
        return "seq-" + seq + "/documents-" + SearchDocuments.REVISION;
    }

    private void rebuildIfStale() {
        String wanted = databaseContentVersion();
        if (index.rebuildReason().isEmpty() && wanted.equals(index.contentVersion())) {
            LOGGER.log(Level.INFO, "Search index is current (" + wanted + ")");
            return;
        }
        rebuiltAtOpen = true;
        LOGGER.log(Level.INFO, "Rebuilding search index: "
                + index.rebuildReason().orElse("content changed to " + wanted));
        rebuild(wanted, count -> {
        });
    }

    /** What the index was opened with; the content version is the one of that moment. */
    public SearchConfig config() {
        return config;
    }

    /** Whether opening found the index missing or stale and rebuilt it (false: an up-to-date index was reused). */
    public boolean rebuiltAtOpen() {
        return rebuiltAtOpen;
    }

    /** Rebuilds from the database, reporting progress as the number of documents indexed. */
    public void rebuild(String contentVersion, LongConsumer progress) {
        long started = System.nanoTime();
        try {
            index.rebuild(documents.all(), contentVersion, progress);
            LOGGER.log(Level.INFO, "Search index rebuilt: " + index.documentCount() + " documents in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes one school's current documents searchable now (after an upload or a change). */
    public void reindexSchool(String schoolId) {
        List<IndexDocument> docs = documents.forSchool(schoolId);
        try {
            if (docs.isEmpty()) {
                index.delete(schoolId);
                index.deleteByParent(schoolId);
                return;
            }
            index.upsert(docs.getFirst());
            index.replaceByParent(schoolId, docs.subList(1, docs.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SearchResponse search(SearchRequest request) {
        try {
            return index.search(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index state searches see now ({@link SearchIndex#generation()}). */
    public Object generation() {
        try {
            return index.generation();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Suggestion> suggest(String prefix, int limit) {
        try {
            return index.suggest(prefix, limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int documentCount() {
        try {
            return index.documentCount();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            index.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
