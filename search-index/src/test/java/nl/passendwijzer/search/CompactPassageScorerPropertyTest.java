package nl.passendwijzer.search;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

class CompactPassageScorerPropertyTest {
    private static final List<String> TERMS = List.of("autism", "dyslexie", "klas", "zorgplicht", "gedrag");

    /** Snippet choice must not change: the compact scorer gives Lucene's score, bit for bit, for any passage. */
    @Property(tries = 500)
    void scoresEveryPassageExactlyAsLucene(@ForAll @Size(max = 40) List<@IntRange(max = 4) Integer> matchedTerms,
                                           @ForAll @IntRange(max = 5_000) int start,
                                           @ForAll @IntRange(min = 1, max = 800) int length,
                                           @ForAll @IntRange(min = 1, max = 100_000) int contentLength,
                                           @ForAll @IntRange(min = 1, max = 50) int freqBase) {
        Passage passage = new Passage();
        passage.setStartOffset(start);
        passage.setEndOffset(start + matchedTerms.size() + length);
        for (int i = 0; i < matchedTerms.size(); i++) {
            int term = matchedTerms.get(i);
            passage.addMatch(start + i, start + i + 1, new BytesRef(TERMS.get(term)), freqBase + term);
        }
        float lucene = new PassageScorer().score(passage, contentLength);
        float compact = new CompactPassageScorer().score(passage, contentLength);
        assertThat(Float.floatToIntBits(compact), is(Float.floatToIntBits(lucene)));
    }
}
