package nl.passendwijzer.content.validatie;

import java.util.List;
import java.util.Optional;

import nl.passendwijzer.content.scholen.GebiedNiveau;
import nl.passendwijzer.content.scholen.School;
import nl.passendwijzer.content.scholen.SchoolDocument;
import nl.passendwijzer.content.scholen.SopFacetten;
import nl.passendwijzer.content.scholen.demo.DemoSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

class SchoolDocumentsCheckTest {
    private static DemoSet demo;

    @BeforeAll
    static void loadDemoSetOnce() {
        demo = DemoSet.load();
    }

    @Test
    void theBundledDemoSchoolsPassTogetherWithTheArticles() {
        List<Finding> errors = ContentValidator.forBundledContent()
                .with(new SchoolDocumentsCheck(demo.scholen().records(), demo.documenten().records()))
                .validate().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertThat(errors, is(empty()));
    }

    @Test
    void aSchoolWithoutSchoolgidsAndAnSopWithAnUnknownFacetFailLoudly() {
        School school = demo.scholen().records().getFirst();
        SchoolDocument sop = demo.documenten().records().stream()
                .filter(d -> d.schoolId().equals(school.id()) && d.facetten().isPresent())
                .findFirst().orElseThrow();
        SopFacetten broken = new SopFacetten("positief", List.of("signalering"),
                                             List.of(new GebiedNiveau("telepathie", "extra", Optional.empty())),
                                             List.of("zwembad"), List.of(), List.of());
        SchoolDocument brokenSop = new SchoolDocument(sop.schoolId(), sop.kind(), sop.format(), sop.schooljaar(),
                                                      sop.secties(), sop.bronPad(), sop.sha256(), sop.vastgesteldOp(),
                                                      Optional.of(broken));

        List<String> messages = ContentValidator.forBundledContent()
                .with(new SchoolDocumentsCheck(List.of(school), List.of(brokenSop)))
                .validate().stream().map(Finding::toString).toList();

        assertThat(messages, hasItem(containsString("heeft geen schoolgids")));
        assertThat(messages, hasItem(containsString("gebied 'telepathie' staat niet in de woordenlijst")));
        assertThat(messages, hasItem(containsString("voorziening 'zwembad'")));
        assertThat(messages, hasItem(containsString("grenzen ontbreken")));
    }
}
