package nl.passendwijzer.content.validatie;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nl.passendwijzer.content.rechten.MarkdownBody;

/**
 * Counts words and sentences the way the writing brief means them. Headings are not sentences; a paragraph or
 * list item always ends a sentence even without a full stop; inside a block, a sentence ends at . ? or ! followed
 * by a space or the end (so "1.5" or "www.duo.nl" do not split).
 */
public final class TextMetrics {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!…][\"'”’)\\]]{0,3})\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    private TextMetrics() {
    }

    /** Sentences of plain text (no Markdown), each with at least one word. */
    public static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String part : SENTENCE_END.split(text.strip())) {
            String sentence = part.strip();
            if (wordCount(sentence) > 0) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    /** Sentences of a Markdown body, headings left out. */
    public static List<String> markdownSentences(String markdown) {
        List<String> sentences = new ArrayList<>();
        for (String block : MarkdownBody.parse(markdown).textBlocks(true)) {
            sentences.addAll(sentences(block));
        }
        return sentences;
    }

    public static int wordCount(String text) {
        return (int) WORD.matcher(text).results().count();
    }

    /** Words and sentences of a Markdown body; words include headings, sentences do not. */
    public static Readability readability(String markdown) {
        MarkdownBody body = MarkdownBody.parse(markdown);
        int words = body.textBlocks(false).stream().mapToInt(TextMetrics::wordCount).sum();
        List<String> sentences = new ArrayList<>();
        for (String block : body.textBlocks(true)) {
            sentences.addAll(sentences(block));
        }
        int sentenceWords = sentences.stream().mapToInt(TextMetrics::wordCount).sum();
        return new Readability(words, sentences.size(), sentenceWords);
    }

    /** @param sentenceWords the words inside counted sentences (headings excluded) */
    public record Readability(int words, int sentences, int sentenceWords) {
        /** Average words per sentence; 0 for a text without sentences. */
        public double averageSentenceLength() {
            return sentences == 0 ? 0 : (double) sentenceWords / sentences;
        }
    }
}
