package nl.passendwijzer.server.regio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.passendwijzer.content.BundledResources;
import nl.passendwijzer.content.regio.RegioIndeling;
import nl.passendwijzer.server.Portal;
import nl.passendwijzer.server.TestPortals;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

class RegioTableH2Test {

    @Test
    void everyOneOfThe4046Pc4RowsAnswersThePoAndVoCodeOfTheLawTable() {
        RegioTableSpec.assertEveryRowAnswersItsLawTableCodes(TestPortals.shared());
    }

    @Test
    void bundledDataAndTheIndexAreBuiltOnceAndReusedWhileUnchanged(@TempDir Path dataDir) {
        try (Portal first = TestPortals.h2(dataDir)) {
            RegioDataLoader loader = new RegioDataLoader(first.database().dbClient(), first.clock(), 10);
            assertThat(loader.loadedVersion(RegioDataLoader.REGIO_VERSIE).orElseThrow(),
                       is(RegioIndeling.bundled().version()));
            assertThat(loader.load(RegioIndeling.bundled(), nl.passendwijzer.content.regio.Pc4Centroids.bundled()),
                       is(false));
        }
        try (Portal restarted = TestPortals.h2(dataDir)) {
            assertThat(restarted.swvDirectory().find("VO2708").orElseThrow().pc4Aantal(), is(84));
            assertThat("an up-to-date search index is reused, not rebuilt", restarted.search().rebuiltAtOpen(), is(false));
        }
    }

    /** The copy in content/ is the published table, unchanged (checked when ../shared is present). */
    @Test
    void bundledCopyIsIdenticalToTheSharedSource() throws IOException {
        Path shared = Path.of("../../shared/data/regio-indeling-pc4.tsv");
        if (!Files.exists(shared)) {
            shared = Path.of("../shared/data/regio-indeling-pc4.tsv");
        }
        Assumptions.assumeTrue(Files.exists(shared), "skipped: ../shared/data is not present in this clone");
        assertThat(BundledResources.read(RegioIndeling.RESOURCE), is(Files.readAllBytes(shared)));
    }
}
