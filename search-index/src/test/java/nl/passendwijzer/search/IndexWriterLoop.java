package nl.passendwijzer.search;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Child process for the crash test: rebuilds and updates an index forever, until it is killed. */
public final class IndexWriterLoop {
    private IndexWriterLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        try (SearchIndex index = SearchIndex.open(dir, TestCorpus.config("v1"))) {
            List<IndexDocument> corpus = TestCorpus.documents();
            index.rebuild(corpus.stream(), "v1", count -> {
            });
            for (long round = 0; ; round++) {
                System.out.println("round " + round);
                System.out.flush();
                index.rebuild(Stream.concat(corpus.stream(), Stream.of(TestCorpus.school(
                        "LOOP" + round, "Ronde " + round, "Utrecht", 52.09, 5.12, "plusklas", "autisme"))), "v1", c -> {
                });
                index.upsert(TestCorpus.school("EXTRA", "Extra " + round, "Zwolle", 52.5, 6.1, "rustruimte", "adhd"));
            }
        }
    }
}
