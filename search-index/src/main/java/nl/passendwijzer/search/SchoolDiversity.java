package nl.passendwijzer.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;

/**
 * Spreads a ranked list over schools: every further hit of the same school (its own document or one of its sections)
 * counts for {@link #DECAY} of the one before, so a school's twenty matching sections do not push every other school
 * off the first page. Articles are left as they are. Order within one school never changes.
 *
 * <p>The school of a hit comes from {@link DocumentSchools}, not from stored fields: reading stored fields meant
 * decompressing a block of section text for each of the up to 500 ranked hits.
 */
final class SchoolDiversity {
    static final float DECAY = 0.5f;

    private SchoolDiversity() {
    }

    static List<ScoreDoc> spread(List<ScoreDoc> ranked, DocumentSchools schools) {
        Map<Integer, Integer> seen = new HashMap<>();
        List<ScoreDoc> adjusted = new ArrayList<>(ranked.size());
        for (ScoreDoc hit : ranked) {
            float factor = 1f;
            int school = schools.of(hit.doc);
            if (school != DocumentSchools.NONE) {
                int earlier = seen.merge(school, 1, Integer::sum) - 1;
                factor = (float) Math.pow(DECAY, earlier);
            }
            adjusted.add(new ScoreDoc(hit.doc, hit.score * factor, hit.shardIndex));
        }
        // A stable sort keeps the original order among equal scores.
        adjusted.sort(Comparator.comparingDouble((ScoreDoc hit) -> hit.score).reversed());
        return adjusted;
    }
}
