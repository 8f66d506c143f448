package nl.passendwijzer.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the passage's distinct terms, times the position norm) without its per-passage
 * hash table: {@link PassageScorer#score} allocates a 32 KB {@code BytesRefHash} for every candidate passage, which
 * under load was almost half of all bytes the search allocated. A passage holds a handful of matches, so finding the
 * distinct terms by comparing them pairwise is cheaper. Same terms, same order of summation, same score.
 */
final class CompactPassageScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        double score = 0;
        for (int i = 0; i < matches; i++) {
            if (seenBefore(terms, i)) {
                continue;
            }
            int freqInPassage = 1;
            for (int j = i + 1; j < matches; j++) {
                if (terms[j].bytesEquals(terms[i])) {
                    freqInPassage++;
                }
            }
            score += tf(freqInPassage, passage.getLength()) * weight(contentLength, freqsInDoc[i]);
        }
        return (float) (score * norm(passage.getStartOffset()));
    }

    private static boolean seenBefore(BytesRef[] terms, int index) {
        for (int j = 0; j < index; j++) {
            if (terms[j].bytesEquals(terms[index])) {
                return true;
            }
        }
        return false;
    }
}
