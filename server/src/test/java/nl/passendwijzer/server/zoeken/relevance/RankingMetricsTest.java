package nl.passendwijzer.server.zoeken.relevance;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

class RankingMetricsTest {
    private static final Map<String, Integer> JUDGED = Map.of("artikel:zorgplicht", 3, "school:ZA0100", 2,
            "artikel:opp:jongeren", 1);

    @Test
    void theIdealOrderScoresOne() {
        assertThat(RankingMetrics.ndcgAt10(List.of("artikel:zorgplicht:ouders", "school:ZA0100",
                "artikel:opp:jongeren"), JUDGED), closeTo(1.0, 1e-9));
    }

    @Test
    void nothingRelevantScoresZero() {
        assertThat(RankingMetrics.ndcgAt10(List.of("school:ZZ0001", "artikel:privacy:ouders"), JUDGED), is(0.0));
        assertThat(RankingMetrics.reciprocalRank(List.of("school:ZZ0001"), JUDGED), is(0.0));
    }

    @Test
    void aJudgedKeyEarnsOnlyOnceSoDuplicatesCannotBeatTheIdeal() {
        double duplicated = RankingMetrics.ndcgAt10(List.of("artikel:zorgplicht:ouders",
                "artikel:zorgplicht:jongeren", "school:ZA0100"), JUDGED);
        assertThat(duplicated, lessThan(1.0));
    }

    @Test
    void aSectionEarnsItsSchoolsGradeMinusOne() {
        assertThat(RankingMetrics.grade("sectie:ZA0100", JUDGED), is(1));
        assertThat(RankingMetrics.grade("sectie:ZA0100", Map.of("school:ZA0100", 1)), is(0));
    }

    @Test
    void aDoelgroepKeyOnlyMatchesThatDoelgroep() {
        assertThat(RankingMetrics.grade("artikel:opp:jongeren", JUDGED), is(1));
        assertThat(RankingMetrics.grade("artikel:opp:ouders", JUDGED), is(0));
    }

    @Test
    void reciprocalRankIsOneOverTheFirstRelevantPosition() {
        assertThat(RankingMetrics.reciprocalRank(List.of("school:ZZ0001", "school:ZA0100"), JUDGED), is(0.5));
    }

    @Test
    void aLowerRankingOfTheBestDocumentScoresLess() {
        double best = RankingMetrics.ndcgAt10(List.of("artikel:zorgplicht:ouders", "school:ZA0100"), JUDGED);
        double swapped = RankingMetrics.ndcgAt10(List.of("school:ZA0100", "artikel:zorgplicht:ouders"), JUDGED);
        assertThat(best, greaterThan(swapped));
    }

    @Test
    void theBundledSetLoadsWithAtLeastEightyQueriesEachWithAPerfectDocument() {
        List<JudgedQuery> queries = JudgedQueries.bundled();
        assertThat(queries.size(), greaterThan(79));
        queries.forEach(q -> assertThat(q.text(), q.grades().containsValue(3), is(true)));
    }
}
