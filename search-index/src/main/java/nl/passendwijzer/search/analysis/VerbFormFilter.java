package nl.passendwijzer.search.analysis;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/** Replaces a conjugated verb form by its infinitive (see {@link VerbFormNormalizer}); keywords stay as they are. */
public final class VerbFormFilter extends TokenFilter {
    private final VerbFormNormalizer normalizer;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    public VerbFormFilter(TokenStream input, VerbFormNormalizer normalizer) {
        super(input);
        this.normalizer = normalizer;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            Optional<String> infinitive = normalizer.infinitive(term.toString());
            infinitive.ifPresent(verb -> term.setEmpty().append(verb));
        }
        return true;
    }
}
