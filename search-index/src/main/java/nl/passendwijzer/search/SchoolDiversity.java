package nl.passendwijzer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;

/**
 * Spreads a ranked list over schools: every further hit of the same school (its own document or one of its sections)
 * counts for {@link #DECAY} of the one before, so a school's twenty matching sections do not push every other school
 * off the first page. Articles are left as they are. Order within one school never changes.
 */
final class SchoolDiversity {
    static final float DECAY = 0.5f;
    private static final Set<String> FIELDS = Set.of(IndexSchema.ID, IndexSchema.TYPE, IndexSchema.PARENT);

    private SchoolDiversity() {
    }

    static List<ScoreDoc> spread(List<ScoreDoc> ranked, StoredFields stored) throws IOException {
        Map<String, Integer> seen = new HashMap<>();
        List<ScoreDoc> adjusted = new ArrayList<>(ranked.size());
        for (ScoreDoc hit : ranked) {
            float factor = 1f;
            String school = school(stored.document(hit.doc, FIELDS));
            if (school != null) {
                int earlier = seen.merge(school, 1, Integer::sum) - 1;
                factor = (float) Math.pow(DECAY, earlier);
            }
            adjusted.add(new ScoreDoc(hit.doc, hit.score * factor, hit.shardIndex));
        }
        // A stable sort keeps the original order among equal scores.
        adjusted.sort(Comparator.comparingDouble((ScoreDoc hit) -> hit.score).reversed());
        return adjusted;
    }

    private static String school(Document doc) {
        String parent = doc.get(IndexSchema.PARENT);
        if (parent != null) {
            return parent;
        }
        return DocumentType.SCHOOL.name().equals(doc.get(IndexSchema.TYPE)) ? doc.get(IndexSchema.ID) : null;
    }
}
