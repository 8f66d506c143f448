package nl.passendwijzer.content.scholen.documenten;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.passendwijzer.content.scholen.DocumentFormat;
import nl.passendwijzer.content.scholen.DocumentSectie;
import nl.passendwijzer.content.scholen.SchoolDocument;
import nl.passendwijzer.content.scholen.importeren.ImportResult;
import nl.passendwijzer.content.scholen.importeren.TextDecoding;

/**
 * Reads SOPs and schoolgidsen in PDF, HTML or Markdown (detected from the content) into sections.
 * Every problem (empty file, corrupt PDF, missing or broken metadata, no text) becomes a failed row with a reason;
 * no exception escapes.
 */
public final class SchoolDocumentReader {
    private SchoolDocumentReader() {
    }

    /** Reads one document file and its {@code .meta.yaml} sidecar next to it. */
    public static ImportResult<SchoolDocument> read(Path file) {
        String bron = file.toString();
        Path sidecar = file.resolveSibling(MetadataSidecar.naamVoor(file.getFileName().toString()));
        if (!Files.isRegularFile(sidecar)) {
            return ImportResult.failed(bron, "metadata ontbreekt: " + sidecar.getFileName() + " niet gevonden");
        }
        try {
            return read(Files.readAllBytes(file), bron, Files.readString(sidecar, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return ImportResult.failed(bron, "bestand niet te lezen: " + e.getMessage());
        }
    }

    /** Reads every document in a folder tree (all files except sidecars), in path order. */
    public static ImportResult<SchoolDocument> readFolder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            List<ImportResult<SchoolDocument>> parts = new ArrayList<>();
            files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(MetadataSidecar.SUFFIX))
                    .sorted()
                    .forEach(p -> parts.add(read(p)));
            return ImportResult.combine(parts);
        } catch (IOException e) {
            return ImportResult.failed(folder.toString(), "map niet te lezen: " + e.getMessage());
        }
    }

    /** Reads a document from bytes with the text of its sidecar. */
    public static ImportResult<SchoolDocument> read(byte[] bytes, String bron, String sidecarYaml) {
        DocumentMetadata meta;
        try {
            meta = MetadataSidecar.lees(sidecarYaml);
        } catch (IllegalArgumentException e) {
            return ImportResult.failed(bron, "metadata: " + e.getMessage());
        }
        return read(bytes, bron, meta);
    }

    /** Reads a document from bytes with metadata given by the caller (e.g. a staff upload form). */
    public static ImportResult<SchoolDocument> read(byte[] bytes, String bron, DocumentMetadata meta) {
        if (bytes.length == 0 || new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
            return ImportResult.failed(bron, "leeg bestand");
        }
        Optional<DocumentFormat> format = DocumentFormatDetector.detect(bytes);
        if (format.isEmpty()) {
            return ImportResult.failed(bron, "onbekend formaat: geen PDF, HTML of Markdown");
        }
        List<DocumentSectie> secties;
        try {
            secties = switch (format.get()) {
                case PDF -> PdfTextExtractor.secties(bytes);
                case HTML -> HtmlSectieLezer.lees(TextDecoding.decode(bytes).text());
                case MARKDOWN -> MarkdownSectieLezer.lees(TextDecoding.decode(bytes).text());
            };
        } catch (IOException | RuntimeException e) {
            String wat = format.get() == DocumentFormat.PDF ? "PDF onleesbaar of beschadigd" : format.get() + " onleesbaar";
            return ImportResult.failed(bron, wat + ": " + e.getMessage());
        }
        if (secties.isEmpty()) {
            return ImportResult.failed(bron, "geen tekst gevonden in " + format.get()
                    + (format.get() == DocumentFormat.PDF ? " (gescand document zonder tekstlaag?)" : ""));
        }
        SchoolDocument document = new SchoolDocument(meta.schoolId(), meta.kind(), format.get(), meta.schooljaar(),
                secties, bron, sha256(bytes), meta.vastgesteldOp(), meta.facetten());
        return new ImportResult.Builder<SchoolDocument>(bron).add(document).build();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
