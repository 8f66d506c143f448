package nl.passendwijzer.content.validatie;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;

import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import nl.passendwijzer.content.rechten.RechtenCatalogus;

/** The shipped articles and vocabulary obey every rule; seed lines are checked where the seeds are present. */
class BundledContentValidationTest {

    @Test
    void bundledContentHasNoErrors() {
        List<Finding> errors = ContentValidator.forBundledContent().validate().stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .toList();

        assertThat(String.join("\n", errors.stream().map(Finding::toString).toList()), errors, is(empty()));
    }

    @Test
    void bundledArticlesLoadIntoTheCatalogue() {
        RechtenCatalogus catalogus = RechtenCatalogus.bundled();

        assertThat(catalogus.all().size(), is(RechtenCatalogus.bundledFiles().size()));
    }

    @Test
    void seedLinesAreCheckedWhenTheSharedSeedsArePresent() {
        Assumptions.assumeTrue(SeedLibrary.locateFolder().isPresent(),
                "skipped: no shared seeds folder (../shared/seeds or ../../shared/seeds)");

        assertThat(SeedLibrary.locate().lineCount("004_8b1158ef30d1b71e.txt").orElseThrow(), greaterThanOrEqualTo(1640));
    }
}
