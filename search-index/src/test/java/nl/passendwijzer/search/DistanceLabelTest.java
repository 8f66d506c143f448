package nl.passendwijzer.search;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DistanceLabelTest {

    @Test
    void aDistanceReadsWithOneDecimalAndADutchComma() {
        assertThat(DistanceLabel.of(0.0), is("0,0 km hemelsbreed"));
        assertThat(DistanceLabel.of(1.2), is("1,2 km hemelsbreed"));
        assertThat(DistanceLabel.of(12.0), is("12,0 km hemelsbreed"));
        assertThat(DistanceLabel.of(231.7), is("231,7 km hemelsbreed"));
    }

    /** Hits carry distances rounded to 100 m; the label reads as Dutch formatting of it would. */
    @Property
    void everyRoundedDistanceReadsAsDutchNumberFormattingWrites(@ForAll @IntRange(min = 0, max = 4_000) int tenths) {
        double km = Math.round(tenths * 100.0 / 100.0) / 10.0;

        assertThat(DistanceLabel.of(km), is(String.format(Locale.forLanguageTag("nl-NL"), "%.1f km hemelsbreed", km)));
    }
}
