package nl.passendwijzer.search.analysis;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DutchAnalysisTest {
    private static final DutchAnalysis ANALYSIS = new DutchAnalysis(DutchWordLists.load());

    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static List<String> indexed(String text) {
        return terms(ANALYSIS.indexAnalyzer(), text);
    }

    @ParameterizedTest(name = "{0} and {1} share a stem")
    @CsvSource({
        "weigert, weigeren", "geweigerd, weigeren", "weigering, weigeren",
        "gepest, pesten", "pest, pesten", "thuiszit, thuiszitten", "thuiszitter, thuiszitten",
        "maakt, maken", "gemeld, melden", "coördinator, coordinator", "geschillen, geschil",
        "kinderen, kind", "scholen, school", "autistisch, autisme", "verwijderd, verwijderen"})
    void conjugatedAndInflectedFormsConflate(String form, String other) {
        assertThat(indexed(form).get(0), equalTo(indexed(other).get(0)));
    }

    @ParameterizedTest(name = "{0} is split into {1}")
    @CsvSource({
        "ondersteuningsprofiel, ondersteuning profiel",
        "leerlingenvervoer, leerling vervoer",
        "zorgplicht, zorg plicht",
        "thuiszitten, thuis zitten",
        "basisschool, basis school",
        "schoolondersteuningsprofiel, school ondersteuning profiel",
        "toelaatbaarheidsverklaring, toelaatbaarheid verklaring",
        "startsituatie, start situatie"})
    void compoundsAreSplitIntoWholeParts(String compound, String parts) {
        assertThat(ANALYSIS.compoundSplitter().split(compound), contains(parts.split(" ")));
    }

    @Test
    void compoundsKeepTheWholeWordAndAddStemmedParts() {
        List<String> terms = indexed("Het ondersteuningsprofiel van de basisschool");
        assertThat(terms, hasItems("ondersteuningsprofiel", "ondersteun", "profiel", "basisschol", "basis", "schol"));
    }

    @Test
    void aNameGluedToAWordSplitsOnlyWhereTheNameIsKnown() {
        CompoundSplitter splitter = ANALYSIS.compoundSplitter();
        assertThat(splitter.split("ravensteinschool"), empty());
        assertThat(splitter.split("ravensteinschool", Set.of("ravenstein")::contains), contains("ravenstein", "school"));
        assertThat("a known name is never split into itself", splitter.split("ravenstein",
                Set.of("ravenstein")::contains), empty());
    }

    @Test
    void splitNeverInventsAWordInsideAnother() {
        assertThat(indexed("startsituatie"), not(hasItems("art", "arts")));
        assertThat(ANALYSIS.compoundSplitter().split("school"), empty());
    }

    @Test
    void questionWordsAndNegationsSurviveTheStopList() {
        assertThat(indexed("wat mag de school niet weigeren"), hasItems("wat", "mog", "niet", "schol", "weiger"));
        assertThat(indexed("de het een van"), empty());
    }

    @Test
    void analyzerVersionNamesLuceneAndTheWordLists() {
        assertThat(ANALYSIS.version().contains("lucene-10.3.2"), equalTo(true));
        assertThat(ANALYSIS.version().contains("/lists-"), equalTo(true));
    }

    @Test
    void multiWordSynonymsExpandAtQueryTime() {
        SynonymGroups groups = SynonymGroups.build(List.of(
                List.of("rugzak", "lgf", "leerlinggebonden financiering", "arrangement"),
                List.of("autisme", "ass", "autismespectrumstoornis")), ANALYSIS);
        Analyzer query = groups.queryAnalyzer(ANALYSIS);
        assertThat(terms(query, "rugzak"), hasItems("rugzak", "lgf", "arrangement", "financier"));
        assertThat(terms(query, "leerlinggebonden financiering"), hasItems("rugzak", "arrangement"));
        assertThat(terms(query, "ASS"), hasItems("autism", "autismespectrumstoornis"));
    }

    @Test
    void aSynonymWithStopWordsMatchesTheQueryThatDropsThem() {
        SynonymGroups groups = SynonymGroups.build(List.of(
                List.of("verwijdering", "van school gestuurd", "meepraten over je ondersteuning")), ANALYSIS);
        Analyzer query = groups.queryAnalyzer(ANALYSIS);
        assertThat(terms(query, "mijn kind wordt van school gestuurd"), hasItems("verwijder"));
        assertThat(terms(query, "mag ik meepraten over mijn ondersteuning"), hasItems("verwijder"));
    }
}
