package nl.passendwijzer.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Synonym groups given by the caller (e.g. [autisme, ass, autismespectrumstoornis]); every entry of a group stands
 * for every other one. Entries may be several words ("leerlinggebonden financiering"). Applied at query time only,
 * so changing the groups never needs a rebuild.
 */
public final class SynonymGroups {
    private final SynonymMap map;
    private final Map<String, String> displayByAnalyzedEntry;

    private SynonymGroups(SynonymMap map, Map<String, String> displayByAnalyzedEntry) {
        this.map = map;
        this.displayByAnalyzedEntry = displayByAnalyzedEntry;
    }

    public static SynonymGroups build(List<List<String>> groups, DutchAnalysis analysis) {
        Analyzer entryAnalyzer = analysis.synonymEntryAnalyzer();
        SolrSynonymParser parser = new SolrSynonymParser(true, true, entryAnalyzer);
        Map<String, String> display = new HashMap<>();
        try {
            for (List<String> group : groups) {
                Map<CharsRef, String> analyzed = new LinkedHashMap<>();
                for (String entry : group) {
                    analyze(parser, entry).ifPresent(chars -> analyzed.putIfAbsent(chars, entry.strip()));
                }
                for (Map.Entry<CharsRef, String> from : analyzed.entrySet()) {
                    display.putIfAbsent(joined(from.getKey()), from.getValue());
                    for (CharsRef to : analyzed.keySet()) {
                        if (!to.equals(from.getKey())) {
                            parser.add(from.getKey(), to, true);
                        }
                    }
                }
            }
            return new SynonymGroups(parser.build(), Map.copyOf(display));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<CharsRef> analyze(SolrSynonymParser parser, String entry) throws IOException {
        if (entry == null || entry.isBlank()) {
            return Optional.empty();
        }
        try {
            CharsRef chars = parser.analyze(entry, new CharsRefBuilder());
            return chars.length == 0 ? Optional.empty() : Optional.of(chars);
        } catch (IllegalArgumentException unusableEntry) {
            return Optional.empty(); // an entry that analyzes to nothing cannot be a synonym
        }
    }

    private static String joined(CharsRef analyzed) {
        return analyzed.toString().replace(SynonymMap.WORD_SEPARATOR, ' ');
    }

    /** The entry as the caller wrote it, for the analyzed terms of one synonym path ("autism" → "autisme"). */
    public String display(List<String> analyzedTerms) {
        String key = String.join(" ", analyzedTerms);
        return displayByAnalyzedEntry.getOrDefault(key, key);
    }

    public boolean isEmpty() {
        return map.fst == null;
    }

    /** The query chain: the term chain of {@code analysis} followed by these synonyms. */
    public Analyzer queryAnalyzer(DutchAnalysis analysis) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = analysis.termChain(source);
                return new TokenStreamComponents(source, isEmpty() ? stream : new SynonymGraphFilter(stream, map, true));
            }
        };
    }
}
