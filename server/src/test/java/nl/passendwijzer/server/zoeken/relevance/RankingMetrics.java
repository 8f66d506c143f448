package nl.passendwijzer.server.zoeken.relevance;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * nDCG@10 and reciprocal rank of one ranked result list against graded judgments. Pure functions, so any engine can
 * be measured the same way.
 *
 * <p>Ranked keys name what a result is: {@code school:ZA0100} (a school), {@code sectie:ZA0100} (any SOP or
 * schoolgids section of that school), {@code artikel:zorgplicht:ouders} (an article in one doelgroep version).
 * Gain rules, as documented in the judged set: a section earns the grade of its school minus 1; an article earns the
 * grade of its doelgroep key, or else of its generic key; each judged key earns gain only at its first position.
 * DCG uses gain {@code 2^grade - 1} and discount {@code log2(rank + 1)}.
 */
public final class RankingMetrics {
    public static final int CUTOFF = 10;

    private RankingMetrics() {
    }

    public static double ndcgAt10(List<String> rankedKeys, Map<String, Integer> judgments) {
        return ndcg(rankedKeys, judgments, CUTOFF);
    }

    public static double ndcg(List<String> rankedKeys, Map<String, Integer> judgments, int cutoff) {
        double ideal = dcg(judgments.values().stream().sorted((a, b) -> b - a).limit(cutoff).toList());
        if (ideal == 0) {
            return 0;
        }
        Set<String> credited = new HashSet<>();
        List<Integer> grades = rankedKeys.stream().limit(cutoff).map(key -> judged(key, judgments)
                .filter(j -> credited.add(j.key())).map(Judged::grade).orElse(0)).toList();
        return dcg(grades) / ideal;
    }

    /** 1 / rank of the first result with a grade of at least 1 (after the section rule); 0 when none in the top 10. */
    public static double reciprocalRank(List<String> rankedKeys, Map<String, Integer> judgments) {
        for (int i = 0; i < Math.min(CUTOFF, rankedKeys.size()); i++) {
            if (judged(rankedKeys.get(i), judgments).map(Judged::grade).orElse(0) > 0) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /** The grade a ranked key earns before the first-position rule; 0 when unjudged. */
    public static int grade(String rankedKey, Map<String, Integer> judgments) {
        return judged(rankedKey, judgments).map(Judged::grade).orElse(0);
    }

    private record Judged(String key, int grade) {
    }

    private static Optional<Judged> judged(String rankedKey, Map<String, Integer> judgments) {
        String[] parts = rankedKey.split(":");
        return switch (parts[0]) {
            case "school" -> Optional.ofNullable(judgments.get(rankedKey)).map(g -> new Judged(rankedKey, g));
            case "sectie" -> {
                String school = "school:" + parts[1];
                yield Optional.ofNullable(judgments.get(school)).filter(g -> g > 1).map(g -> new Judged(school, g - 1));
            }
            case "artikel" -> {
                String generic = parts.length > 1 ? "artikel:" + parts[1] : rankedKey;
                if (judgments.containsKey(rankedKey)) {
                    yield Optional.of(new Judged(rankedKey, judgments.get(rankedKey)));
                }
                yield Optional.ofNullable(judgments.get(generic)).map(g -> new Judged(generic, g));
            }
            default -> Optional.empty();
        };
    }

    private static double dcg(List<Integer> grades) {
        double sum = 0;
        for (int i = 0; i < grades.size(); i++) {
            sum += (Math.pow(2, grades.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }
}
