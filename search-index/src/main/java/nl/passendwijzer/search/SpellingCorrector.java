package nl.passendwijzer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.CombineSuggestion;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.spell.WordBreakSpellChecker;

/**
 * "Bedoelde u …": corrects words that do not occur in the index (dislexie → dyslexie) with the DirectSpellChecker,
 * and joins words a parent wrote apart (leerlingen vervoer → leerlingenvervoer) with the WordBreakSpellChecker.
 * Works on the folded, unstemmed words of the spell field.
 */
final class SpellingCorrector {
    private static final int MIN_WORD_LENGTH = 4;

    private final Analyzer spellAnalyzer;
    /** One edit (a transposition counts as one) finds most typos and searches far fewer terms than two. */
    private final DirectSpellChecker oneEdit = new DirectSpellChecker();
    private final DirectSpellChecker twoEdits = new DirectSpellChecker();
    private final WordBreakSpellChecker wordBreaker = new WordBreakSpellChecker();

    SpellingCorrector(Analyzer spellAnalyzer) {
        this.spellAnalyzer = spellAnalyzer;
        oneEdit.setMaxEdits(1);
        twoEdits.setMaxEdits(2);
        wordBreaker.setMinSuggestionFrequency(1);
    }

    Optional<String> correct(String query, IndexReader reader) throws IOException {
        List<String> words = words(query);
        if (words.isEmpty() || words.size() > UserQueryBuilder.MAX_TOKENS) {
            return Optional.empty();
        }
        List<String> corrected = new ArrayList<>(words);
        joinSplitCompound(corrected, reader);
        for (int i = 0; i < corrected.size(); i++) {
            String word = corrected.get(i);
            Term term = new Term(IndexSchema.SPELL, word);
            if (word.length() >= MIN_WORD_LENGTH && reader.docFreq(term) == 0) {
                SuggestWord[] suggestions =
                        oneEdit.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (suggestions.length == 0) {
                    suggestions = twoEdits.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                }
                if (suggestions.length > 0) {
                    corrected.set(i, suggestions[0].string);
                }
            }
        }
        return corrected.equals(words) ? Optional.empty() : Optional.of(String.join(" ", corrected));
    }

    private void joinSplitCompound(List<String> words, IndexReader reader) throws IOException {
        if (words.size() < 2) {
            return;
        }
        Term[] terms = words.stream().map(word -> new Term(IndexSchema.SPELL, word)).toArray(Term[]::new);
        CombineSuggestion[] combinations =
                wordBreaker.suggestWordCombinations(terms, 1, reader, SuggestMode.SUGGEST_ALWAYS);
        if (combinations.length > 0) {
            int[] joined = combinations[0].originalTermIndexes();
            words.set(joined[0], combinations[0].suggestion().string);
            for (int i = joined.length - 1; i >= 1; i--) {
                words.remove(joined[i]);
            }
        }
    }

    private List<String> words(String text) throws IOException {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = spellAnalyzer.tokenStream(IndexSchema.SPELL, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        }
        return words;
    }
}
