package nl.passendwijzer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreDoc;

/**
 * Spreads a ranked list over schools: every further hit of the same school (its own document or one of its sections)
 * counts for {@link #DECAY} of the one before, so a school's twenty matching sections do not push every other school
 * off the first page. Articles are left as they are. Order within one school never changes.
 *
 * <p>The school of a hit comes from the {@link IndexSchema#SCHOOL_KEY} doc values, not from stored fields: reading
 * stored fields meant decompressing a block of section text for each of the up to 500 ranked hits.
 */
final class SchoolDiversity {
    static final float DECAY = 0.5f;

    private SchoolDiversity() {
    }

    static List<ScoreDoc> spread(List<ScoreDoc> ranked, IndexReader reader) throws IOException {
        Map<Integer, String> schools = schools(ranked, reader);
        Map<String, Integer> seen = new HashMap<>();
        List<ScoreDoc> adjusted = new ArrayList<>(ranked.size());
        for (ScoreDoc hit : ranked) {
            float factor = 1f;
            String school = schools.get(hit.doc);
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

    /** The school of each hit that belongs to one; doc values are read in increasing document order per segment. */
    private static Map<Integer, String> schools(List<ScoreDoc> ranked, IndexReader reader) throws IOException {
        int[] docs = ranked.stream().mapToInt(hit -> hit.doc).sorted().toArray();
        List<LeafReaderContext> leaves = reader.leaves();
        Map<Integer, String> schools = new HashMap<>();
        int currentLeaf = -1;
        SortedDocValues values = null;
        LeafReaderContext leaf = null;
        for (int doc : docs) {
            int leafIndex = ReaderUtil.subIndex(doc, leaves);
            if (leafIndex != currentLeaf) {
                currentLeaf = leafIndex;
                leaf = leaves.get(leafIndex);
                values = leaf.reader().getSortedDocValues(IndexSchema.SCHOOL_KEY);
            }
            if (values != null && values.advanceExact(doc - leaf.docBase)) {
                schools.put(doc, values.lookupOrd(values.ordValue()).utf8ToString());
            }
        }
        return schools;
    }
}
