package nl.passendwijzer.search;

import java.io.IOException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;

/**
 * Stored-field readers of one index state, reused by later result pages. Every reader Lucene hands out decompresses
 * into buffers of its own, grown per segment to the size of a compressed block (tens of kB); one reader per page,
 * dropped after it, made those buffers a good share of what a search allocated. A reader serves one thread at a
 * time: taken, used for a page, given back.
 */
final class StoredFieldsPool {
    /** More idle readers than searches run at once are never needed; beyond this, a returned reader is dropped. */
    private static final int MAX_IDLE = 16;

    private final IndexReader reader;
    private final ConcurrentLinkedQueue<StoredFields> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    StoredFieldsPool(IndexReader reader) {
        this.reader = reader;
    }

    boolean isFor(IndexReader other) {
        return reader == other;
    }

    /** A reader for this thread alone until it is {@linkplain #giveBack given back}. */
    StoredFields take() throws IOException {
        StoredFields fields = idle.poll();
        if (fields == null) {
            return reader.storedFields();
        }
        idleCount.decrementAndGet();
        return fields;
    }

    void giveBack(StoredFields fields) {
        if (idleCount.incrementAndGet() <= MAX_IDLE) {
            idle.offer(fields);
        } else {
            idleCount.decrementAndGet();
        }
    }
}
