package nl.passendwijzer.search;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.apache.lucene.util.SloppyMath;

class ClosenessTest {

    @Property
    void theDistanceBetweenTwoPlacesInTheNetherlandsIsWithinAFewHundredthsOfAPercentOfTheGreatCircle(
            @ForAll @DoubleRange(min = 50.75, max = 53.55) double fromLat,
            @ForAll @DoubleRange(min = 3.35, max = 7.25) double fromLon,
            @ForAll @DoubleRange(min = 50.75, max = 53.55) double toLat,
            @ForAll @DoubleRange(min = 3.35, max = 7.25) double toLon) {
        double greatCircle = SloppyMath.haversinMeters(fromLat, fromLon, toLat, toLon);
        double plane = new RankedCandidates.Closeness(new GeoPoint(fromLat, fromLon)).meters(toLat, toLon);

        assertThat(plane, closeTo(greatCircle, 0.0005 * greatCircle + 1));
    }
}
