package nl.passendwijzer.content.scholen;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Test fixture files under {@code src/test/resources/scholen}. */
final class Fixtures {
    private Fixtures() {
    }

    static Path pad(String naam) {
        try {
            return Path.of(Fixtures.class.getResource("/scholen/" + naam).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
