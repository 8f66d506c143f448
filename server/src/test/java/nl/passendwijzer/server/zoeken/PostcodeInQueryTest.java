package nl.passendwijzer.server.zoeken;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

class PostcodeInQueryTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "basisschool autisme kleine klas bij 3511|3511|basisschool autisme kleine klas",
            "dyslexie in de buurt van 8011|8011|dyslexie",
            "plusklas 3511 AB|3511|plusklas",
            "3511ab basisschool|3511|basisschool",
            "bij 3511 de beste school|3511|de beste school"})
    void aTypedPostcodeIsFoundAndTakenOutOfTheText(String query, String pc4, String rest) {
        PostcodeInQuery.Found found = PostcodeInQuery.find(query).orElseThrow();
        assertThat(found.postcode().value(), is(pc4));
        assertThat(found.remainingText(), is(rest));
    }

    @ParameterizedTest
    @ValueSource(strings = {"schoolgids 2025-2026", "cluster 4", "groep 8 overstap", "artikel 5 onder a", "0123"})
    void schooljarenAndSmallNumbersAreNoPostcode(String query) {
        assertThat(PostcodeInQuery.find(query).isPresent(), is(false));
    }
}
