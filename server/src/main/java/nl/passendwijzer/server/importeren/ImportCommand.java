package nl.passendwijzer.server.importeren;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.passendwijzer.content.scholen.School;
import nl.passendwijzer.content.scholen.SchoolDocument;
import nl.passendwijzer.content.scholen.demo.DemoSet;
import nl.passendwijzer.content.scholen.documenten.SchoolDocumentReader;
import nl.passendwijzer.content.scholen.importeren.DuoSwvScholenImporter;
import nl.passendwijzer.content.scholen.importeren.DuoVestigingenImporter;
import nl.passendwijzer.content.scholen.importeren.ImportReport;
import nl.passendwijzer.content.scholen.importeren.ImportResult;
import nl.passendwijzer.content.scholen.importeren.SwvContactenImporter;
import nl.passendwijzer.content.scholen.importeren.SwvKoppeling;
import nl.passendwijzer.content.scholen.importeren.SwvKoppelingen;
import nl.passendwijzer.server.Portal;

/**
 * {@code ./portal import ...}: brings real data in, with progress and a summary. A bad row is reported and skipped;
 * good rows are written in batches, each committed on its own, so nothing is half-written.
 */
public final class ImportCommand {
    static final String USAGE = """
            Gebruik:
              ./portal import vestigingen VESTIGINGEN.csv... [--swv SCHOLEN-PER-SWV.csv...]
              ./portal import documenten MAP            (documenten met .meta.yaml ernaast)
              ./portal import swv-contacten CONTACTEN.csv
              ./portal import set MAP                   (een gegenereerde set: duo/ en documenten/)
            Op H2: stop de portal eerst (één proces tegelijk). De zoekindex wordt na afloop bijgewerkt.""";

    private final Portal portal;
    private final PrintStream out;
    private final SchoolImport schools;

    public ImportCommand(Portal portal, PrintStream out) {
        this.portal = portal;
        this.out = out;
        this.schools = new SchoolImport(portal, out);
    }

    public int run(List<String> args) {
        if (args.isEmpty() || args.contains("--help")) {
            out.println(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        List<String> rest = args.subList(1, args.size());
        long started = System.nanoTime();
        int code = switch (args.getFirst()) {
            case "vestigingen" -> vestigingen(rest);
            case "documenten" -> documenten(rest);
            case "swv-contacten" -> swvContacten(rest);
            case "set" -> set(rest);
            default -> {
                out.println("Onbekend soort import: " + args.getFirst() + "\n" + USAGE);
                yield 2;
            }
        };
        if (code == 0 && !args.getFirst().equals("swv-contacten")) {
            schools.reindex();
        }
        out.printf("Klaar in %.1f s.%n", (System.nanoTime() - started) / 1e9);
        return code;
    }

    private int vestigingen(List<String> args) {
        int split = args.indexOf("--swv");
        List<String> sites = split < 0 ? args : args.subList(0, split);
        List<String> links = split < 0 ? List.of() : args.subList(split + 1, args.size());
        if (sites.isEmpty() || !exist(sites) || !exist(links)) {
            return 2;
        }
        List<ImportResult<School>> read = new ArrayList<>();
        sites.forEach(f -> read.add(DuoVestigingenImporter.read(Path.of(f))));
        List<ImportResult<SwvKoppeling>> koppelingen = new ArrayList<>();
        links.forEach(f -> koppelingen.add(DuoSwvScholenImporter.read(Path.of(f))));
        ImportResult<School> result = SwvKoppelingen.koppel(ImportResult.combine(read), ImportResult.combine(koppelingen));
        return schools.writeSchools(result, "duo");
    }

    private int documenten(List<String> args) {
        if (args.size() != 1 || !exist(args)) {
            out.println(USAGE);
            return 2;
        }
        ImportResult<SchoolDocument> result = SchoolDocumentReader.readFolder(Path.of(args.getFirst()));
        return schools.writeDocuments(result);
    }

    private int set(List<String> args) {
        if (args.size() != 1 || !exist(args)) {
            out.println(USAGE);
            return 2;
        }
        out.println("Set lezen uit " + args.getFirst() + " …");
        DemoSet set = DemoSet.load(Path.of(args.getFirst()));
        int code = schools.writeSchools(set.scholen(), "import");
        return code != 0 ? code : schools.writeDocuments(set.documenten());
    }

    private int swvContacten(List<String> args) {
        if (args.size() != 1 || !exist(args)) {
            out.println(USAGE);
            return 2;
        }
        var result = SwvContactenImporter.read(Path.of(args.getFirst()));
        Set<String> unknown = new InformatiepuntContacts(portal.database().dbClient(), portal.clock())
                .write(result.records());
        out.println(Summary.of(result.report()));
        unknown.forEach(code -> out.println("  overgeslagen: samenwerkingsverband " + code + " bestaat niet"));
        return result.records().isEmpty() ? 1 : 0;
    }

    private boolean exist(List<String> files) {
        List<String> missing = files.stream().filter(f -> !Files.exists(Path.of(f))).toList();
        missing.forEach(f -> out.println("Niet gevonden: " + f));
        return missing.isEmpty();
    }

    /** The import report as a person reads it. */
    static final class Summary {
        private Summary() {
        }

        static String of(ImportReport report) {
            StringBuilder text = new StringBuilder(String.format("%d geïmporteerd, %d overgeslagen, %d mislukt",
                    report.geimporteerd(), report.overgeslagen().size(), report.mislukt().size()));
            report.overgeslagen().stream().limit(20).forEach(m -> text.append("\n  overgeslagen: ").append(m));
            report.mislukt().stream().limit(20).forEach(m -> text.append("\n  mislukt: ").append(m));
            int hidden = Math.max(0, report.overgeslagen().size() - 20) + Math.max(0, report.mislukt().size() - 20);
            if (hidden > 0) {
                text.append("\n  … en nog ").append(hidden).append(" meldingen");
            }
            return text.toString();
        }
    }

}
