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
 * ({@link SearchConfig#sampleSize()}), lies from ranking every match: the first page of each search from the portal
 * against the same search on a copy of its index opened with an unbounded sample. Articles and schools are ranked in
 * full either way.
 */
final class SamplingCheck implements AutoCloseable {

    /**
     * @param samePage    searches whose first page lists the same documents in the same order
     * @param meanOverlap per search the share of the every-match page's documents that the sampled page shows too
     * @param meanScore   per search the summed score of the sampled page over that of the every-match page
     */
    record Result(String name, int searches, int samePage, double meanOverlap, double lowestOverlap, double meanScore) {
    }

    private final PortalSearch portal;
    private final Path copy;
    private final SearchIndex everyMatch;
    private final List<String> lines = new ArrayList<>(List.of("set\tsame_page\toverlap\tscore\tsearch"));

    private SamplingCheck(PortalSearch portal, Path copy, SearchIndex everyMatch) {
        this.portal = portal;
        this.copy = copy;
        this.everyMatch = everyMatch;
    }

    /** Copies the portal's (idle) index to {@code work} and opens the copy with an unbounded sample. */
    static SamplingCheck open(PortalSearch portal, Path indexDir, Path work) throws IOException {
        Path copy = work.resolve("index-every-match");
        copyIndex(indexDir, copy);
        SearchConfig unbounded = portal.config().withContentVersion(portal.databaseContentVersion())
                .withSampleSize(Integer.MAX_VALUE);
        SearchIndex everyMatch = SearchIndex.open(copy, unbounded);
        if (everyMatch.rebuildReason().isPresent()) {
            everyMatch.close();
            delete(copy);
            throw new IllegalStateException("the copied index does not open as it is: "
                    + everyMatch.rebuildReason().get());
        }
        return new SamplingCheck(portal, copy, everyMatch);
    }

    /** @param searches by label, e.g. the URL path */
    Result compare(String name, Map<String, SearchRequest> searches) throws IOException {
        int same = 0;
        double overlaps = 0;
        double lowest = 1;
        double scores = 0;
        for (Map.Entry<String, SearchRequest> search : searches.entrySet()) {
            List<SearchHit> sampled = portal.search(search.getValue()).hits();
            List<SearchHit> all = everyMatch.search(search.getValue()).hits();
            boolean samePage = ids(sampled).equals(ids(all));
            double overlap = overlap(sampled, all);
            // Browsing ranks by distance or index order: no scores to compare.
            double score = scoreSum(all) == 0 ? 1 : scoreSum(sampled) / scoreSum(all);
            same += samePage ? 1 : 0;
            overlaps += overlap;
            lowest = Math.min(lowest, overlap);
            scores += score;
            lines.add(name + "\t" + samePage + "\t" + String.format("%.2f\t%.3f", overlap, score) + "\t"
                    + search.getKey());
        }
        int n = Math.max(1, searches.size());
        return new Result(name, searches.size(), same, overlaps / n, lowest, scores / n);
    }

    /** Per search: which set, the same page or not, overlap and score share. */
    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() throws IOException {
        try {
            everyMatch.close();
        } finally {
            delete(copy);
        }
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
