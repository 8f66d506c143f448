package nl.passendwijzer.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as safe HTML: all text is escaped and matches are wrapped in {@code <mark>}.
 * Lucene's DefaultPassageFormatter does not escape, so a {@code <script>} in a document would reach the page.
 * Overlapping matches (a compound and its parts) are merged into one mark.
 */
final class EscapingPassageFormatter extends PassageFormatter {
    private static final String ELLIPSIS = "… ";

    @Override
    public String[] format(Passage[] passages, String content) {
        String[] result = new String[passages.length];
        for (int i = 0; i < passages.length; i++) {
            result[i] = format(passages[i], content);
        }
        return result;
    }

    private static String format(Passage passage, String content) {
        StringBuilder html = new StringBuilder();
        int position = passage.getStartOffset();
        int end = passage.getEndOffset();
        for (int i = 0; i < passage.getNumMatches(); i++) {
            int matchStart = Math.max(passage.getMatchStarts()[i], position);
            int matchEnd = passage.getMatchEnds()[i];
            while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] < matchEnd) {
                matchEnd = Math.max(matchEnd, passage.getMatchEnds()[++i]);
            }
            matchEnd = Math.min(matchEnd, end);
            if (matchStart >= matchEnd) {
                continue;
            }
            escape(content, position, matchStart, html);
            html.append("<mark>");
            escape(content, matchStart, matchEnd, html);
            html.append("</mark>");
            position = matchEnd;
        }
        escape(content, position, end, html);
        String text = html.toString().strip();
        return passage.getStartOffset() > 0 ? ELLIPSIS + text : text;
    }

    static void escape(String content, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
