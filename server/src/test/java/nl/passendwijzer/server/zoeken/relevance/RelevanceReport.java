package nl.passendwijzer.server.zoeken.relevance;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Mean nDCG@10 and MRR over a judged set, the worst queries and the means per kind of query. */
public record RelevanceReport(String engine, List<Scored> scored) {
    /** One query's result list and its scores. */
    public record Scored(JudgedQuery query, List<String> rankedKeys, double ndcg, double reciprocalRank) {
    }

    /** Runs {@code engine} (query to ranked keys) over every query and scores the results. */
    public static RelevanceReport evaluate(String engine, List<JudgedQuery> queries,
                                           Function<JudgedQuery, List<String>> run) {
        return new RelevanceReport(engine, queries.stream().map(q -> {
            List<String> ranked = run.apply(q);
            return new Scored(q, ranked, RankingMetrics.ndcgAt10(ranked, q.grades()),
                    RankingMetrics.reciprocalRank(ranked, q.grades()));
        }).toList());
    }

    public double meanNdcgAt10() {
        return scored.stream().mapToDouble(Scored::ndcg).average().orElse(0);
    }

    public double meanReciprocalRank() {
        return scored.stream().mapToDouble(Scored::reciprocalRank).average().orElse(0);
    }

    public List<Scored> worst(int n) {
        return scored.stream().sorted(Comparator.comparingDouble(Scored::ndcg)).limit(n).toList();
    }

    public Map<String, Double> ndcgPerKind() {
        return scored.stream().collect(Collectors.groupingBy(s -> s.query().kind(), TreeMap::new,
                Collectors.averagingDouble(Scored::ndcg)));
    }

    /** A plain-text summary for the test log. */
    public String summary(int worst) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%s: %d queries, nDCG@10 = %.3f, MRR = %.3f%n", engine, scored.size(), meanNdcgAt10(),
                meanReciprocalRank()));
        ndcgPerKind().forEach((kind, ndcg) -> out.append(String.format(Locale.ROOT, "  %-18s %.3f%n", kind, ndcg)));
        out.append("  worst ").append(worst).append(":\n");
        for (Scored s : worst(worst)) {
            out.append(String.format(Locale.ROOT, "  %.3f  rr %.2f  %-55s top: %s%n", s.ndcg(), s.reciprocalRank(),
                    '"' + s.query().text() + '"', s.rankedKeys().stream().limit(5).map(key ->
                            key + "=" + RankingMetrics.grade(key, s.query().grades())).toList()));
        }
        return out.toString();
    }
}
