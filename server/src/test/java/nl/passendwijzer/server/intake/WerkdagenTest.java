package nl.passendwijzer.server.intake;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

class WerkdagenTest {

    @Test
    void easterFollowsTheAnonymousGregorianAlgorithm() {
        assertThat(Werkdagen.pasen(2024), is(LocalDate.of(2024, 3, 31)));
        assertThat(Werkdagen.pasen(2025), is(LocalDate.of(2025, 4, 20)));
        assertThat(Werkdagen.pasen(2026), is(LocalDate.of(2026, 4, 5)));
        assertThat(Werkdagen.pasen(2038), is(LocalDate.of(2038, 4, 25)));
        assertThat(Werkdagen.pasen(2285), is(LocalDate.of(2285, 3, 22)));
    }

    @Test
    void the2026HolidaysAreSkippedButGoodFridayIsAWorkingDay() {
        assertThat(Werkdagen.feestdagen(2026), hasItems(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 6),
                                                        LocalDate.of(2026, 4, 27), LocalDate.of(2026, 5, 5),
                                                        LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25),
                                                        LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26)));
        assertThat(Werkdagen.feestdagen(2026), not(hasItems(LocalDate.of(2026, 4, 3))));
        assertThat(Werkdagen.isWerkdag(LocalDate.of(2026, 4, 3)), is(true));
    }

    @Test
    void koningsdagMovesToTheTwentySixthWhenTheTwentySeventhIsASunday() {
        assertThat(Werkdagen.koningsdag(2025), is(LocalDate.of(2025, 4, 26)));
        assertThat(Werkdagen.koningsdag(2031), is(LocalDate.of(2031, 4, 26)));
        assertThat(Werkdagen.koningsdag(2026), is(LocalDate.of(2026, 4, 27)));
    }

    @Test
    void workingDaysSkipWeekendsAndHolidays() {
        // Friday 2026-04-03 + 2: Monday 6 April is tweede Paasdag, so Tuesday 7 and Wednesday 8.
        assertThat(Werkdagen.plus(LocalDate.of(2026, 4, 3), 2), is(LocalDate.of(2026, 4, 8)));
        // Wednesday 2026-12-23 + 3: 24 Thu, 25 and 26 holiday/weekend, 27 Sunday, 28 Mon.
        assertThat(Werkdagen.plus(LocalDate.of(2026, 12, 23), 3), is(LocalDate.of(2026, 12, 29)));
        // A Saturday submission: ten working days end on the second Friday after.
        assertThat(Werkdagen.plus(LocalDate.of(2026, 3, 7), 10), is(LocalDate.of(2026, 3, 20)));
        assertThat(Werkdagen.plus(LocalDate.of(2026, 3, 7), 0), is(LocalDate.of(2026, 3, 7)));
    }

    @Test
    void zorgplichtIsSixWeeksAndAtMostTenWithOrdinaryWeeks() {
        Zorgplicht z = Zorgplicht.vanaf(LocalDate.of(2026, 3, 2));
        assertThat(z.besluitVoor(), is(LocalDate.of(2026, 4, 13)));
        assertThat(z.uiterlijkVoor(), is(LocalDate.of(2026, 5, 11)));
    }
}
