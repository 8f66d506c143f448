package nl.passendwijzer.content.scholen.documenten;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import nl.passendwijzer.content.scholen.DocumentFormat;

/** Tells PDF, HTML and Markdown apart by their content (never by file name). */
final class DocumentFormatDetector {
    private static final int PROBE = 1024;

    private DocumentFormatDetector() {
    }

    /** The format, or empty when the bytes are none of the three (binary data other than PDF). */
    static Optional<DocumentFormat> detect(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PROBE), StandardCharsets.ISO_8859_1);
        if (head.contains("%PDF-")) {
            return Optional.of(DocumentFormat.PDF);
        }
        String start = head.replace("\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<html")) {
            return Optional.of(DocumentFormat.HTML);
        }
        return isText(head) ? Optional.of(DocumentFormat.MARKDOWN) : Optional.empty();
    }

    private static boolean isText(String head) {
        long control = head.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t').count();
        return control == 0;
    }
}
