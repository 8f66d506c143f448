package nl.passendwijzer.content.scholen.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.passendwijzer.content.scholen.DocumentFormat;
import nl.passendwijzer.content.scholen.DocumentKind;
import nl.passendwijzer.content.scholen.documenten.DocumentMetadata;
import nl.passendwijzer.content.scholen.documenten.MetadataSidecar;

/**
 * Generates the fictional school set: DUO-format CSVs plus an SOP and a schoolgids per school, in PDF, HTML and
 * Markdown (a third each) with {@code .meta.yaml} sidecars. The same seed and size always give the same files.
 * <pre>
 *   DemoSetGenerator OUTDIR [SEED] [SIZE]          the bundled demo set (default seed 20250601, 300 schools)
 *   DemoSetGenerator --national OUTDIR [SEED] [SIZE]  a national-scale set (default 7000 schools), not shipped
 * </pre>
 */
public final class DemoSetGenerator {
    public static final long STANDAARD_SEED = 20250601L;
    public static final int STANDAARD_AANTAL = 300;
    public static final int LANDELIJK_AANTAL = 7000;
    static final String SCHOOLJAAR = "2025-2026";

    /** What was written. */
    public record Resultaat(int scholen, int documenten, long bytes) {
    }

    private DemoSetGenerator() {
    }

    public static void main(String[] args) {
        boolean landelijk = args.length > 0 && args[0].equals("--national");
        int start = landelijk ? 1 : 0;
        if (args.length <= start) {
            System.err.println("Gebruik: DemoSetGenerator [--national] OUTDIR [SEED] [SIZE]");
            System.exit(2);
        }
        Path uit = Path.of(args[start]);
        long seed = args.length > start + 1 ? Long.parseLong(args[start + 1]) : STANDAARD_SEED;
        int aantal = args.length > start + 2 ? Integer.parseInt(args[start + 2])
                : landelijk ? LANDELIJK_AANTAL : STANDAARD_AANTAL;
        long t0 = System.nanoTime();
        Resultaat r = landelijk ? genereerLandelijk(uit, seed, aantal) : genereer(uit, seed, aantal);
        System.out.printf(Locale.ROOT, "%d scholen, %d documenten, %.1f MB in %s, %.1f s%n", r.scholen(), r.documenten(),
                r.bytes() / 1e6, uit, (System.nanoTime() - t0) / 1e9);
    }

    /** The demo set (twelve regions) into {@code uit}, replacing what was there. */
    public static Resultaat genereer(Path uit, long seed, int aantal) {
        ScholenPlanner planner = new ScholenPlanner(RegioTabel.laadGebundeld(), seed);
        return schrijf(planner.demo(aantal), planner.swvNamen(), uit, seed);
    }

    /** A national-scale set over every samenwerkingsverband into {@code uit}. */
    public static Resultaat genereerLandelijk(Path uit, long seed, int aantal) {
        ScholenPlanner planner = new ScholenPlanner(RegioTabel.laadGebundeld(), seed);
        return schrijf(planner.landelijk(aantal), planner.swvNamen(), uit, seed);
    }

    private static Resultaat schrijf(List<DemoSchool> scholen, Map<String, String> swvNamen, Path uit, long seed) {
        try {
            verwijder(uit);
            Path duo = Files.createDirectories(uit.resolve("duo"));
            DuoCsvSchrijver.schrijf(scholen, swvNamen, duo);
            Toeval toeval = new Toeval(seed ^ 0x5EED);
            long bytes = 0;
            for (int i = 0; i < scholen.size(); i++) {
                DemoSchool s = scholen.get(i);
                Toeval t = toeval.kind(i);
                Path map = Files.createDirectories(uit.resolve("documenten").resolve(s.school().id().toLowerCase(Locale.ROOT)));
                String swvNaam = s.school().swvCode().map(swvNamen::get)
                        .orElse("de samenwerkingsverbanden " + String.join(", ", s.school().swvCodes()));
                bytes += document(map, s, DocumentKind.SOP, s.sopFormat(), SopSchrijver.schrijf(s, t), seed);
                bytes += document(map, s, DocumentKind.SCHOOLGIDS, s.gidsFormat(), GidsSchrijver.schrijf(s, swvNaam, t), seed);
            }
            try (var files = Files.walk(duo)) {
                bytes += files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }
            return new Resultaat(scholen.size(), scholen.size() * 2, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long document(Path map, DemoSchool s, DocumentKind kind, DocumentFormat format, TekstDocument doc,
                                 long seed) throws IOException {
        String basis = s.school().id().toLowerCase(Locale.ROOT) + "-" + kind.name().toLowerCase(Locale.ROOT);
        byte[] inhoud = switch (format) {
            case PDF -> PdfSchrijver.schrijf(doc, seed * 31 + (basis.hashCode() & 0xffffffffL),
                    PdfSchrijver.datum(s.vastgesteldOp()));
            case HTML -> HtmlSchrijver.schrijf(doc).getBytes(StandardCharsets.UTF_8);
            case MARKDOWN -> MarkdownSchrijver.schrijf(doc).getBytes(StandardCharsets.UTF_8);
        };
        String naam = basis + switch (format) {
            case PDF -> ".pdf";
            case HTML -> ".html";
            case MARKDOWN -> ".md";
        };
        Files.write(map.resolve(naam), inhoud);
        DocumentMetadata meta = new DocumentMetadata(s.school().id(), kind, SCHOOLJAAR,
                Optional.of(s.vastgesteldOp()), kind == DocumentKind.SOP ? Optional.of(s.facetten()) : Optional.empty());
        byte[] sidecar = MetadataSidecar.schrijf(meta, true).getBytes(StandardCharsets.UTF_8);
        Files.write(map.resolve(MetadataSidecar.naamVoor(naam)), sidecar);
        return inhoud.length + sidecar.length;
    }

    private static void verwijder(Path uit) throws IOException {
        if (!Files.exists(uit)) {
            return;
        }
        try (var files = Files.walk(uit)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
