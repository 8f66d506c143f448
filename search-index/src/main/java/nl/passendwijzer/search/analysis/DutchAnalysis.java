package nl.passendwijzer.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.util.Version;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The Dutch analysis chains of the portal.
 *
 * <pre>
 * index:  StandardTokenizer → lowercase → ASCII folding → small stop list (keeps question words and negations)
 *         → compound parts (ondersteuningsprofiel + ondersteuning + profiel) → domain stem overrides
 *         → verb forms to infinitive (weigert → weigeren) → Snowball Dutch
 * query:  the same without compound splitting, then synonyms (SynonymGraphFilter, query time only)
 * spell:  StandardTokenizer → lowercase → ASCII folding (spelling suggestions, autocomplete)
 * </pre>
 *
 * Query text is not split into compounds by the analyzer: the query builder adds the parts as an alternative, so a
 * compound in a query does not turn into an OR of its parts.
 */
public final class DutchAnalysis {
    private static final String CHAIN_REVISION = "nl-3";

    private final DutchWordLists lists;
    private final CompoundSplitter splitter;
    private final VerbFormNormalizer verbForms;
    private final CharArraySet stopWords;
    private final StemmerOverrideMap overrides;

    public DutchAnalysis(DutchWordLists lists) {
        this.lists = lists;
        this.splitter = new CompoundSplitter(lists.wordParts());
        this.verbForms = new VerbFormNormalizer(lists.verbs());
        this.stopWords = CharArraySet.unmodifiableSet(new CharArraySet(lists.stopWords(), false));
        this.overrides = buildOverrides(lists.stemOverrides());
    }

    /** Changes whenever the chain or a word list changes; stored in the index so a change forces a rebuild. */
    public String version() {
        return CHAIN_REVISION + "/lucene-" + Version.LATEST + "/lists-" + lists.checksum();
    }

    public CompoundSplitter compoundSplitter() {
        return splitter;
    }

    /** For the text fields at index time. */
    public Analyzer indexAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new CompoundSplitFilter(normalized(source), splitter);
                return new TokenStreamComponents(source, stemmed(stream));
            }
        };
    }

    /** Same terms as the index chain for one word, without compound parts and without synonyms. */
    public Analyzer termAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, termChain(source));
            }
        };
    }

    /** Lowercased and accent-folded words, nothing removed: spelling suggestions and autocomplete. */
    public Analyzer spellAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, folded(source));
            }
        };
    }

    /**
     * Synonym entries lose their stop words like the query does, without holes: the query chain turns "van school
     * gestuurd" into "school stur", so the entry must read the same to ever match.
     */
    Analyzer synonymEntryAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, stemmed(new ClosedGapsFilter(normalized(source))));
            }
        };
    }

    TokenStream termChain(Tokenizer source) {
        return stemmed(normalized(source));
    }

    private TokenStream normalized(TokenStream source) {
        return new StopFilter(folded(source), stopWords);
    }

    private static TokenStream folded(TokenStream source) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(source));
    }

    private TokenStream stemmed(TokenStream stream) {
        TokenStream overridden = new StemmerOverrideFilter(stream, overrides);
        return new SnowballFilter(new VerbFormFilter(overridden, verbForms), new DutchStemmer());
    }

    private static StemmerOverrideMap buildOverrides(Map<String, String> entries) {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        entries.forEach(builder::add);
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
