package nl.passendwijzer.search;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;

/**
 * A process killed (SIGKILL) while it writes the index leaves an index that the next start opens at its last
 * commit, or reports as needing a rebuild — never one that fails to open.
 */
class IndexCrashTest {

    @Test
    void anIndexKilledMidWriteOpensOnTheNextStart(@TempDir Path dir) throws Exception {
        for (int attempt = 0; attempt < 3; attempt++) {
            Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                                               IndexWriterLoop.class.getName(), dir.toString())
                    .redirectErrorStream(true)
                    .start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                                                                                 StandardCharsets.UTF_8))) {
                // Kill at a different point each time, while the child is in the middle of a write round.
                String wanted = "round " + (3 + 7 * attempt);
                String line;
                while ((line = out.readLine()) != null && !line.equals(wanted)) {
                    // skip JVM warnings and earlier rounds
                }
                assertThat("child reached its writing loop", line, is(wanted));
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS), is(true));
            }

            try (SearchIndex reopened = SearchIndex.open(dir, TestCorpus.config("v1"))) {
                if (reopened.rebuildReason().isPresent()) {
                    reopened.rebuild(TestCorpus.documents().stream(), "v1", c -> {
                    });
                }
                List<SearchHit> hits = reopened.search(SearchRequest.of("plusklas")).hits();
                assertThat(reopened.documentCount(), greaterThanOrEqualTo(TestCorpus.documents().size()));
                assertThat(hits.isEmpty(), is(false));
            }
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
