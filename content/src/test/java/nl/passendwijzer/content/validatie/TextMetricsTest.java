package nl.passendwijzer.content.validatie;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

import org.junit.jupiter.api.Test;

class TextMetricsTest {

    @Test
    void splitsAtFullStopsQuestionAndExclamationMarks() {
        assertThat(TextMetrics.sentences("Dit is één. Is dit twee? Ja! En vier."),
                contains("Dit is één.", "Is dit twee?", "Ja!", "En vier."));
    }

    @Test
    void doesNotSplitInsideNumbersOrWebAddresses() {
        assertThat(TextMetrics.sentences("Kijk op www.duo.nl voor 1.5 procent. Klaar."),
                contains("Kijk op www.duo.nl voor 1.5 procent.", "Klaar."));
    }

    @Test
    void headingsAreNotSentencesAndListItemsAre() {
        String markdown = "## Wat kunt u doen\n\n- Bel de school\n- Schrijf een brief\n\nDaarna wacht u af.\n";

        assertThat(TextMetrics.markdownSentences(markdown),
                contains("Bel de school", "Schrijf een brief", "Daarna wacht u af."));
    }

    @Test
    void linksCountByTheirTextOnly() {
        assertThat(TextMetrics.markdownSentences("Lees [over aanmelden](/rechten/aanmelden?doelgroep=jongeren)."),
                contains("Lees over aanmelden."));
    }

    @Test
    void averageSentenceLengthLeavesHeadingsOut() {
        TextMetrics.Readability readability =
                TextMetrics.readability("## Een kop van vijf woorden\n\nTwee woorden. Nu drie woorden.\n");

        assertThat(readability.words(), is(10));
        assertThat(readability.sentences(), is(2));
        assertThat(readability.averageSentenceLength(), closeTo(2.5, 0.001));
    }

    @Property
    void neverThrowsAndStaysConsistentOnAnyText(@ForAll @StringLength(max = 400) String text) {
        TextMetrics.Readability readability = TextMetrics.readability(text);

        assertThat(readability.sentences(), lessThanOrEqualTo(readability.sentenceWords()));
        assertThat(readability.sentenceWords(), lessThanOrEqualTo(readability.words()));
        assertThat(readability.averageSentenceLength(), greaterThanOrEqualTo(0.0));
        assertThat(TextMetrics.sentences(text).size(), lessThanOrEqualTo(TextMetrics.wordCount(text)));
    }

    @Property
    void everySentenceHoldsAWordOnMarkdownLikeText(@ForAll("markdownLike") String text) {
        for (String sentence : TextMetrics.markdownSentences(text)) {
            assertThat(TextMetrics.wordCount(sentence), greaterThanOrEqualTo(1));
        }
    }

    @Provide
    Arbitrary<String> markdownLike() {
        return Arbitraries.strings()
                .withChars("ab .?!-#*\n[]()1`>")
                .ofMaxLength(300);
    }
}
