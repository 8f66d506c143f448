package nl.passendwijzer.content.rechten;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.passendwijzer.content.ContentException;

class RechtenCatalogusTest {

    @Test
    void findsAnArticleBySlugAndAudience() {
        RechtenCatalogus catalogus = RechtenCatalogus.of(Fixtures.validSet());

        assertThat(catalogus.all(), hasSize(6));
        assertThat(catalogus.find("zorgplicht", Doelgroep.JONGEREN).orElseThrow().bestand(),
                is("zorgplicht.jongeren.md"));
        assertThat(catalogus.find("bestaat-niet", Doelgroep.OUDERS).isPresent(), is(false));
    }

    @Test
    void listsTopicsOnceAndSorted() {
        assertThat(RechtenCatalogus.of(Fixtures.validSet()).topics(), contains("aanmelden", "opp", "zorgplicht"));
    }

    @Test
    void versionChangesWhenAnyArticleChanges() {
        List<SourceFile> files = new ArrayList<>(Fixtures.validSet());
        String before = RechtenCatalogus.of(files).version();
        SourceFile first = files.getFirst();
        files.set(0, new SourceFile(first.name(), first.text() + "\nNog een zin.\n"));

        assertThat(RechtenCatalogus.of(files).version(), not(is(before)));
        assertThat(RechtenCatalogus.of(Fixtures.validSet()).version(), is(before));
    }

    @Test
    void refusesTwoArticlesForTheSameSlugAndAudience() {
        List<SourceFile> files = new ArrayList<>(Fixtures.validSet());
        files.add(new SourceFile("kopie/zorgplicht.ouders.md", Fixtures.validOuders().text()));

        ContentException e = assertThrows(ContentException.class, () -> RechtenCatalogus.of(files));
        assertThat(e.getMessage(), containsString("also used by zorgplicht.ouders.md"));
    }

    @Test
    void failsOnTheFirstBrokenFileNamingIt() {
        List<SourceFile> files = Fixtures.validSetWith(Fixtures.brokenOuders("unknown-status.ouders.md"),
                Fixtures.validJongeren());

        ContentException e = assertThrows(ContentException.class, () -> RechtenCatalogus.of(files));
        assertThat(e.getMessage(), containsString("zorgplicht.ouders.md: unknown status"));
    }
}
