package nl.passendwijzer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.passendwijzer.search.SearchConfig;
import nl.passendwijzer.search.SearchHit;
import nl.passendwijzer.search.SearchIndex;
import nl.passendwijzer.search.SearchRequest;
import nl.passendwijzer.server.zoeken.PortalSearch;

/**
 * How far the portal's ranking of broad searches, which ranks a random sample of the matching sections
 * ({@link SearchConfig#sampleSize()}), lies from ranking every match: the first page of each mix query from the
 * portal against the same search on a copy of its index opened with an unbounded sample. Articles and schools are
 * ranked in full either way.
 *
 * @param samePage     queries whose first page lists the same documents in the same order
 * @param meanOverlap  per query the share of the every-match page's documents that the sampled page shows too
 * @param meanScore    per query the summed score of the sampled page over that of the every-match page
 */
record SamplingCheck(int queries, int samePage, double meanOverlap, double lowestOverlap, double meanScore) {

    static SamplingCheck run(PortalSearch portal, Path indexDir, Path work, List<BenchQuery> mix,
                             Map<BenchQuery, SearchRequest> requests) throws IOException {
        Path copy = work.resolve("index-every-match");
        copyIndex(indexDir, copy);
        SearchConfig everyMatch = portal.config().withContentVersion(portal.databaseContentVersion())
                .withSampleSize(Integer.MAX_VALUE);
        List<String> lines = new ArrayList<>(List.of("same_page\toverlap\tscore\tquery"));
        int same = 0;
        double overlaps = 0;
        double lowest = 1;
        double scores = 0;
        try (SearchIndex exact = SearchIndex.open(copy, everyMatch)) {
            if (exact.rebuildReason().isPresent()) {
                throw new IllegalStateException("the copied index does not open as it is: " + exact.rebuildReason().get());
            }
            for (BenchQuery q : mix) {
                List<SearchHit> sampled = portal.search(requests.get(q)).hits();
                List<SearchHit> all = exact.search(requests.get(q)).hits();
                boolean samePage = ids(sampled).equals(ids(all));
                double overlap = overlap(sampled, all);
                // Browsing ranks by distance or index order: no scores to compare.
                double score = scoreSum(all) == 0 ? 1 : scoreSum(sampled) / scoreSum(all);
                same += samePage ? 1 : 0;
                overlaps += overlap;
                lowest = Math.min(lowest, overlap);
                scores += score;
                lines.add(samePage + "\t" + String.format("%.2f\t%.3f", overlap, score) + "\t" + q.toUrlPath());
            }
        } finally {
            delete(copy);
        }
        Files.write(work.resolve("sampling-check.tsv"), lines);
        int n = Math.max(1, mix.size());
        return new SamplingCheck(mix.size(), same, overlaps / n, lowest, scores / n);
    }

    private static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::id).toList();
    }

    private static double overlap(List<SearchHit> sampled, List<SearchHit> all) {
        if (all.isEmpty()) {
            return sampled.isEmpty() ? 1 : 0;
        }
        Set<String> shown = new HashSet<>(ids(sampled));
        return all.stream().filter(hit -> shown.contains(hit.id())).count() / (double) all.size();
    }

    private static double scoreSum(List<SearchHit> hits) {
        return hits.stream().mapToDouble(SearchHit::score).sum();
    }

    /** Committed index files never change, so a copy of an idle index is a consistent index; the lock stays behind. */
    private static void copyIndex(Path from, Path to) throws IOException {
        delete(to);
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
