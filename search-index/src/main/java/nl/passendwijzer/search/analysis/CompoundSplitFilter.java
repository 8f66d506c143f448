package nl.passendwijzer.search.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Emits the parts of a compound after the compound itself, at the same position (so phrases still line up) and
 * with the offsets of the part when the term still has the length of the original text.
 */
public final class CompoundSplitFilter extends TokenFilter {
    /** Token type of the emitted parts. */
    public static final String PART_TYPE = "compound-part";

    private final CompoundSplitter splitter;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncrement = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final Deque<PendingPart> pending = new ArrayDeque<>();
    private State original;

    private record PendingPart(String text, int start, int end) {
    }

    public CompoundSplitFilter(TokenStream input, CompoundSplitter splitter) {
        super(input);
        this.splitter = splitter;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            PendingPart part = pending.removeFirst();
            restoreState(original);
            term.setEmpty().append(part.text);
            offset.setOffset(part.start, part.end);
            posIncrement.setPositionIncrement(0);
            type.setType(PART_TYPE);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        List<String> parts = splitter.split(word);
        if (!parts.isEmpty()) {
            original = captureState();
            boolean sameLength = offset.endOffset() - offset.startOffset() == word.length();
            int cursor = 0;
            for (String part : parts) {
                int at = word.indexOf(part, cursor);
                cursor = at + part.length();
                pending.add(sameLength
                        ? new PendingPart(part, offset.startOffset() + at, offset.startOffset() + cursor)
                        : new PendingPart(part, offset.startOffset(), offset.endOffset()));
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        original = null;
    }
}
