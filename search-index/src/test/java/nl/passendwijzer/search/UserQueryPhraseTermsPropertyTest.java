package nl.passendwijzer.search;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.isIn;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.passendwijzer.search.analysis.DutchAnalysis;
import nl.passendwijzer.search.analysis.DutchWordLists;
import nl.passendwijzer.search.analysis.SynonymGroups;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The snippet highlighter does not handle phrases strictly ({@link SnippetHighlighter}): that is only right while
 * every word of the proximity phrase is also a term of the query on its own, so it is marked anyway.
 */
class UserQueryPhraseTermsPropertyTest {
    private static final DutchAnalysis ANALYSIS = new DutchAnalysis(DutchWordLists.load());
    private static final UserQueryBuilder BUILDER = new UserQueryBuilder(ANALYSIS,
            SynonymGroups.build(TestCorpus.SYNONYMS, ANALYSIS));
    private static final List<String> WORDS = List.of("de", "het", "een", "in", "op", "bij", "en", "niet", "naar",
            "wat", "mag", "kan", "hoe", "is", "mijn", "ik", "word", "wil", "zit", "al", "weken", "thuis", "gepest",
            "school", "kind", "zoon", "weigert", "weigeren", "autisme", "ASS", "dyslexie", "dislexie", "rugzak",
            "leerlingenvervoer", "ondersteuningsprofiel", "extra", "ondersteuning", "gedrag", "onderwijsassistent",
            "klas", "kleine", "groep", "zorgplicht", "TLV", "OPP", "hoogbegaafd", "time-out", "3511", "basisschool");

    @Property(tries = 300)
    void everyPhraseWordIsAlsoATermOfItsOwn(@ForAll("texts") String text) {
        BUILDER.build(text, UserQueryBuilder.Strictness.STRICT).query().ifPresent(query -> {
            Set<Term> inPhrases = new HashSet<>();
            Set<Term> onTheirOwn = new HashSet<>();
            query.visit(new QueryVisitor() {
                @Override
                public void consumeTerms(Query leaf, Term... terms) {
                    (leaf instanceof PhraseQuery ? inPhrases : onTheirOwn).addAll(List.of(terms));
                }
            });
            assertThat(text, inPhrases, everyItem(isIn(onTheirOwn)));
        });
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(WORDS).list().ofMinSize(2).ofMaxSize(8).map(words -> String.join(" ", words));
    }
}
