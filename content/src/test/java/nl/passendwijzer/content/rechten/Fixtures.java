package nl.passendwijzer.content.rechten;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Test articles under {@code src/test/resources/fixtures/rechten}. The valid zorgplicht pair links to
 * aanmelden and opp, so a complete valid set also holds those two topics, derived from the pair.
 */
public final class Fixtures {
    private Fixtures() {
    }

    public static String text(String resource) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream("fixtures/rechten/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SourceFile validOuders() {
        return new SourceFile("zorgplicht.ouders.md", text("valid/zorgplicht.ouders.md"));
    }

    public static SourceFile validJongeren() {
        return new SourceFile("zorgplicht.jongeren.md", text("valid/zorgplicht.jongeren.md"));
    }

    /** A broken variant of the zorgplicht ouders article, presented under the file name it replaces. */
    public static SourceFile brokenOuders(String resource) {
        return new SourceFile("zorgplicht.ouders.md", text("broken/" + resource));
    }

    /** The valid pair plus aanmelden and opp pairs, so that every link resolves. */
    public static List<SourceFile> validSet() {
        return validSetWith(validOuders(), validJongeren());
    }

    /** A valid set in which the zorgplicht pair is replaced by the given files. */
    public static List<SourceFile> validSetWith(SourceFile... zorgplicht) {
        List<SourceFile> files = new ArrayList<>(List.of(zorgplicht));
        files.addAll(derived("aanmelden", "[zorgplicht, opp]"));
        files.addAll(derived("opp", "[zorgplicht, aanmelden]"));
        return files;
    }

    private static List<SourceFile> derived(String slug, String gerelateerd) {
        return List.of(validOuders(), validJongeren()).stream()
                .map(file -> new SourceFile(file.name().replace("zorgplicht", slug), file.text()
                        .replace("slug: zorgplicht", "slug: " + slug)
                        .replace("gerelateerd: [aanmelden, opp]", "gerelateerd: " + gerelateerd)
                        .replace("](/rechten/" + slug, "](/rechten/zorgplicht")))
                .toList();
    }
}
