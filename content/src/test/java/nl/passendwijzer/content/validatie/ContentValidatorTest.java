package nl.passendwijzer.content.validatie;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.passendwijzer.content.ContentException;
import nl.passendwijzer.content.rechten.Fixtures;
import nl.passendwijzer.content.rechten.SourceFile;

class ContentValidatorTest {

    private static List<Finding> validate(List<SourceFile> files, SeedLibrary seeds) {
        return ContentValidator.standard(ContentSnapshot.of(files, Optional.empty(), "vocabulaire.yaml", seeds))
                .validate();
    }

    private static List<Finding> validate(List<SourceFile> files) {
        return validate(files, SeedLibrary.namesOnly());
    }

    private static List<Finding> withBrokenOuders(String resource) {
        return validate(Fixtures.validSetWith(Fixtures.brokenOuders(resource), Fixtures.validJongeren()));
    }

    private static Matcher<Iterable<? super Finding>> error(String file, String messagePart) {
        return hasItem(new TypeSafeMatcher<Finding>() {
            @Override
            protected boolean matchesSafely(Finding finding) {
                return finding.severity() == Severity.ERROR && finding.file().equals(file)
                        && finding.message().contains(messagePart);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("ERROR " + file + ": ..." + messagePart + "...");
            }
        });
    }

    private static SourceFile replaceIn(SourceFile file, String from, String to) {
        assertThat("fixture contains " + from, file.text().contains(from), is(true));
        return new SourceFile(file.name(), file.text().replace(from, to));
    }

    @Test
    void aValidSetHasNoFindings() {
        assertThat(validate(Fixtures.validSet()), is(empty()));
    }

    @Test
    void aValidSetPassesValidateOrThrow() {
        ContentValidator validator = ContentValidator.standard(
                ContentSnapshot.of(Fixtures.validSet(), Optional.empty(), "vocabulaire.yaml", SeedLibrary.namesOnly()));

        assertThat(validator.validateOrThrow(), is(empty()));
    }

    @Test
    void failsLoudlyOnAMissingKey() {
        assertThat(withBrokenOuders("missing-key.ouders.md"),
                error("zorgplicht.ouders.md", "missing key 'samenvatting'"));
    }

    @Test
    void failsLoudlyOnAnUnknownStatus() {
        assertThat(withBrokenOuders("unknown-status.ouders.md"),
                error("zorgplicht.ouders.md", "unknown status 'misschien'"));
    }

    @Test
    void failsLoudlyOnADanglingRelatedTopic() {
        assertThat(withBrokenOuders("dangling-gerelateerd.ouders.md"),
                error("zorgplicht.ouders.md", "gerelateerd 'bestaat-niet' is not an existing topic"));
    }

    @Test
    void failsLoudlyOnTooLongSentences() {
        List<Finding> findings = withBrokenOuders("long-sentences.ouders.md");

        assertThat(findings, error("zorgplicht.ouders.md", "average sentence length"));
    }

    @Test
    void failsLoudlyOnASeedLineBeyondTheEndOfTheSeed(@TempDir Path seeds) throws IOException {
        String tenLines = IntStream.rangeClosed(1, 10).mapToObj(i -> "regel " + i).collect(Collectors.joining("\n"));
        Files.writeString(seeds.resolve("004_8b1158ef30d1b71e.txt"), tenLines);
        List<SourceFile> files = Fixtures.validSetWith(Fixtures.brokenOuders("bad-seed-line.ouders.md"),
                Fixtures.validJongeren());

        assertThat(validate(files, SeedLibrary.fromFolder(seeds)),
                error("zorgplicht.ouders.md", "'004_8b1158ef30d1b71e.txt:99999' points past the end"));
    }

    @Test
    void validateOrThrowListsEveryErrorWithItsFile() {
        ContentValidator validator = ContentValidator.standard(ContentSnapshot.of(
                Fixtures.validSetWith(Fixtures.brokenOuders("dangling-gerelateerd.ouders.md"),
                        Fixtures.validJongeren()),
                Optional.empty(), "vocabulaire.yaml", SeedLibrary.namesOnly()));

        ContentException e = assertThrows(ContentException.class, validator::validateOrThrow);
        assertThat(e.getMessage(), containsString("ERROR zorgplicht.ouders.md: gerelateerd 'bestaat-niet'"));
    }

    @Test
    void aTopicNeedsBothAudiences() {
        List<SourceFile> files = Fixtures.validSetWith(Fixtures.validOuders());

        assertThat(validate(files), error("zorgplicht.ouders.md", "topic 'zorgplicht' has no jongeren version"));
    }

    @Test
    void seedReferencesMustNameAKnownSeedInTheRightForm() {
        SourceFile unknownSeed = replaceIn(Fixtures.validOuders(), "004_8b1158ef30d1b71e.txt:117",
                "005_0000000000000000.txt:117");
        SourceFile badForm = replaceIn(Fixtures.validJongeren(), "004_8b1158ef30d1b71e.txt:117", "seed 4, regel 117");

        List<Finding> findings = validate(Fixtures.validSetWith(unknownSeed, badForm));

        assertThat(findings, error("zorgplicht.ouders.md", "names an unknown seed file"));
        assertThat(findings, error("zorgplicht.jongeren.md", "must look like 004_8b1158ef30d1b71e.txt:869"));
    }

    @Test
    void seedRangesAreShortAndInOrder() {
        SourceFile backwards = replaceIn(Fixtures.validOuders(), "txt:776-777", "txt:777-776");
        SourceFile tooLong = replaceIn(Fixtures.validJongeren(), "txt:776-777", "txt:700-777");

        List<Finding> findings = validate(Fixtures.validSetWith(backwards, tooLong));

        assertThat(findings, error("zorgplicht.ouders.md", "impossible line range"));
        assertThat(findings, error("zorgplicht.jongeren.md", "spans more than 15 lines"));
    }

    @Test
    void seedLinesMustHoldText(@TempDir Path seeds) throws IOException {
        Files.writeString(seeds.resolve("004_8b1158ef30d1b71e.txt"), "tekst\n".repeat(800).replace("tekst\ntekst\n", "\n\n"));
        List<Finding> findings = validate(Fixtures.validSet(), SeedLibrary.fromFolder(seeds));

        assertThat(findings, error("zorgplicht.ouders.md", "points at empty lines only"));
    }

    @Test
    void urlsMustBeHttpsOnAnOfficialDomain() {
        SourceFile blog = replaceIn(Fixtures.validOuders(), "https://wetten.overheid.nl/BWBR0003420",
                "https://www.mijnblog.nl/zorgplicht");
        SourceFile http = replaceIn(blog, "- seed: \"004_8b1158ef30d1b71e.txt:117\"",
                "- url: \"http://www.rijksoverheid.nl/onderwerpen/passend-onderwijs\"");

        List<Finding> findings = validate(Fixtures.validSetWith(http, Fixtures.validJongeren()));

        assertThat(findings, error("zorgplicht.ouders.md", "is not on an official domain"));
        assertThat(findings, error("zorgplicht.ouders.md", "must start with https://"));
    }

    @Test
    void subdomainsOfOfficialSitesAreAllowed() {
        assertThat(OfficialDomains.problem("https://www.rijksoverheid.nl/onderwerpen/passend-onderwijs"), is(""));
        assertThat(OfficialDomains.problem("https://rijksoverheid.nl.example.com/"),
                containsString("not on an official domain"));
    }

    @Test
    void aSummaryHasAtMostTwoSentences() {
        SourceFile wordy = replaceIn(Fixtures.validJongeren(), "die bij je past.\"",
                "die bij je past. Dat is fijn. Echt waar.\"");

        assertThat(validate(Fixtures.validSetWith(Fixtures.validOuders(), wordy)),
                error("zorgplicht.jongeren.md", "samenvatting has 4 sentences"));
    }

    @Test
    void theJongerenVersionMustUseShorterSentencesThanItsOudersTwin() {
        SourceFile terse = replaceIn(Fixtures.validOuders(), "De zorgplicht begint als u uw kind schriftelijk aanmeldt.",
                "Begin. Nu. Snel. Kort. Klaar. Ja. Nee. Goed. Dus. Zo. Toe. Af. Op. In. Uit. Om. Weg. Terug. Voort. "
                        + "Heen. Mee. Langs. Door. Over. Onder. Boven. Naast. Achter. Voor. Tegen. Bij. Tot. Sinds.");

        List<Finding> findings = validate(Fixtures.validSetWith(terse, Fixtures.validJongeren()));

        assertThat(findings, error("zorgplicht.jongeren.md", "must be shorter than in zorgplicht.ouders.md"));
    }

    @Test
    void bodyLinksMustLeadToExistingTopics() {
        SourceFile dangling = replaceIn(Fixtures.validOuders(), "](/rechten/opp)", "](/rechten/oppp)");

        assertThat(validate(Fixtures.validSetWith(dangling, Fixtures.validJongeren())),
                error("zorgplicht.ouders.md", "link to /rechten/oppp does not lead to an existing topic"));
    }

    @Test
    void theFileNameMustMatchSlugAndAudience() {
        SourceFile misnamed = new SourceFile("rechten/zorgplicht-ouders.md", Fixtures.validOuders().text());

        assertThat(validate(Fixtures.validSetWith(misnamed, Fixtures.validJongeren())),
                error("rechten/zorgplicht-ouders.md", "file name must be zorgplicht.ouders.md"));
    }

    @Test
    void addressingParentsInformallyIsAWarningNotAnError() {
        SourceFile informal = replaceIn(Fixtures.validOuders(), "Vraag de school wanneer u een antwoord krijgt.",
                "Vraag de school wanneer je een antwoord krijgt.");
        ContentValidator validator = ContentValidator.standard(ContentSnapshot.of(
                Fixtures.validSetWith(informal, Fixtures.validJongeren()), Optional.empty(), "vocabulaire.yaml",
                SeedLibrary.namesOnly()));

        List<Finding> findings = validator.validateOrThrow();
        assertThat(findings, hasItem(Finding.warning("zorgplicht.ouders.md",
                "1 times 'je/jij/jouw' in a text for ouders (write 'u')")));
    }

    @Test
    void furtherChecksCanBePluggedIn() {
        ContentCheck schoolCheck = content -> List.of(Finding.error("scholen/12AB00/sop.pdf", "geen vaststellingsdatum"));
        ContentValidator validator = ContentValidator.standard(ContentSnapshot.of(
                Fixtures.validSet(), Optional.empty(), "vocabulaire.yaml", SeedLibrary.namesOnly())).with(schoolCheck);

        assertThat(validator.validate(), error("scholen/12AB00/sop.pdf", "geen vaststellingsdatum"));
        assertThrows(ContentException.class, validator::validateOrThrow);
    }
}
