package nl.passendwijzer.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A mild bonus that shrinks with the age of a document's schooljaar: full for the current one, half at
 * {@link #PIVOT_YEARS} years, a third after four. Documents without a schooljaar (articles, schools) get the full
 * bonus, so they are not pushed down.
 *
 * <p>The bonus is stored in the index as a feature (not computed per match at query time), which lets Lucene skip
 * documents that cannot reach the top. It is relative to the schooljaar current when the index was built; that year
 * is part of the index version, so the first start in a new schooljaar rebuilds the index.
 *
 * @param currentStartYear the first calendar year of the current schooljaar (2026 for 2026-2027)
 */
record Freshness(long currentStartYear) {
    private static final double PIVOT_YEARS = 2;

    /** A new schooljaar starts on 1 August. */
    static Freshness at(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        return new Freshness(today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1);
    }

    float bonus(Optional<Long> startYear) {
        return startYear.map(year -> (float) (PIVOT_YEARS / (PIVOT_YEARS + Math.abs(currentStartYear - year))))
                .orElse(1f);
    }

    /** Part of the index version: another current schooljaar means other stored bonuses. */
    String versionTag() {
        return "schooljaar-" + currentStartYear;
    }
}
