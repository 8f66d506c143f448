package nl.passendwijzer.server.zoeken;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import nl.passendwijzer.server.Portal;
import nl.passendwijzer.server.TestPortals;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/** A portal upgraded in place, with the same database, rebuilds an index whose documents were mapped the old way. */
class IndexMappingRevisionTest {
    private static final String CONTENT_VERSION_KEY = "contentVersion";

    @Test
    void anIndexMappedByAnEarlierRevisionIsRebuiltAtStartAndThenReused(@TempDir Path dataDir) throws IOException {
        String current;
        try (Portal first = TestPortals.h2(dataDir)) {
            current = first.search().databaseContentVersion();
        }
        String earlier = current.replace("/documents-" + SearchDocuments.REVISION,
                                         "/documents-" + (SearchDocuments.REVISION - 1));
        setContentVersion(dataDir.resolve("index"), earlier);

        try (Portal upgraded = TestPortals.h2(dataDir)) {
            assertThat(upgraded.search().rebuiltAtOpen(), is(true));
        }
        try (Portal restarted = TestPortals.h2(dataDir)) {
            assertThat(restarted.search().rebuiltAtOpen(), is(false));
        }
    }

    /** What an earlier release wrote into the last commit: the same content, mapped by another revision. */
    private static void setContentVersion(Path index, String version) throws IOException {
        try (Directory directory = FSDirectory.open(index);
             IndexWriter writer = new IndexWriter(directory,
                     new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            Map<String, String> data = new HashMap<>(SegmentInfos.readLatestCommit(directory).getUserData());
            assertThat("the index records its content version", data.containsKey(CONTENT_VERSION_KEY), is(true));
            data.put(CONTENT_VERSION_KEY, version);
            writer.setLiveCommitData(data.entrySet(), true);
            writer.commit();
        }
    }
}
