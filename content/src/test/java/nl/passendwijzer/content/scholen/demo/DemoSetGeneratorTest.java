package nl.passendwijzer.content.scholen.demo;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import nl.passendwijzer.content.BundledResources;
import nl.passendwijzer.content.scholen.SchoolDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoSetGeneratorTest {

    /** The bundled demo set is exactly what the committed generator makes with the default seed and size. */
    @Test
    void regeneratingWithTheSameSeedGivesTheBundledSet(@TempDir Path dir) throws IOException {
        DemoSetGenerator.genereer(dir, DemoSetGenerator.STANDAARD_SEED, DemoSetGenerator.STANDAARD_AANTAL);
        DemoSet bundled = DemoSet.load();
        DemoSet fresh = DemoSet.load(dir);

        assertThat(fresh.scholen().records(), is(bundled.scholen().records()));
        assertThat(inhoud(fresh.documenten().records()), is(inhoud(bundled.documenten().records())));
        String pdf = bundled.documenten().records().stream()
                .filter(d -> d.format() == nl.passendwijzer.content.scholen.DocumentFormat.PDF)
                .findFirst().orElseThrow().bronPad();
        Path freshPdf = dir.resolve(pdf.substring((DemoSet.MAP + "/").length()));
        assertThat("PDF bytes are stable", Files.readAllBytes(freshPdf), is(BundledResources.read(pdf)));
    }

    /** Everything but the source path, which differs between classpath and temp dir. */
    private static List<String> inhoud(List<SchoolDocument> documenten) {
        return documenten.stream().sorted(Comparator.comparing(SchoolDocument::schoolId)
                        .thenComparing(SchoolDocument::kind))
                .map(d -> d.schoolId() + d.kind() + d.format() + d.schooljaar() + d.vastgesteldOp() + d.facetten()
                        + d.secties() + d.sha256())
                .toList();
    }
}
