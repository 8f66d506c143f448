package nl.passendwijzer.content.scholen.demo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.passendwijzer.content.BundledResources;
import nl.passendwijzer.content.scholen.School;
import nl.passendwijzer.content.scholen.SchoolDocument;
import nl.passendwijzer.content.scholen.documenten.MetadataSidecar;
import nl.passendwijzer.content.scholen.documenten.SchoolDocumentReader;
import nl.passendwijzer.content.scholen.importeren.DuoSwvScholenImporter;
import nl.passendwijzer.content.scholen.importeren.DuoVestigingenImporter;
import nl.passendwijzer.content.scholen.importeren.ImportResult;
import nl.passendwijzer.content.scholen.importeren.SwvKoppeling;
import nl.passendwijzer.content.scholen.importeren.SwvKoppelingen;

/**
 * The fictional schools with their SOPs and schoolgidsen, read through the same importers as real data.
 *
 * @param versie SHA-256 over all bundled files: load again only when it changes
 */
public record DemoSet(ImportResult<School> scholen, ImportResult<SchoolDocument> documenten, String versie) {
    /** Where the demo set lives, relative to the bundled content root. */
    public static final String MAP = "scholen/demo";

    /** Loads the bundled demo set from the classpath (directory or jar). */
    public static DemoSet load() {
        List<String> bestanden = BundledResources.list(MAP);
        List<ImportResult<School>> vestigingen = new ArrayList<>();
        List<ImportResult<SwvKoppeling>> koppelingen = new ArrayList<>();
        List<ImportResult<SchoolDocument>> documenten = new ArrayList<>();
        for (String pad : bestanden) {
            String naam = pad.substring(pad.lastIndexOf('/') + 1);
            if (pad.startsWith(MAP + "/duo/vestigingen-")) {
                vestigingen.add(DuoVestigingenImporter.read(BundledResources.read(pad), pad));
            } else if (pad.startsWith(MAP + "/duo/scholen-per-swv-")) {
                koppelingen.add(DuoSwvScholenImporter.read(BundledResources.read(pad), pad));
            } else if (pad.startsWith(MAP + "/documenten/") && !naam.endsWith(MetadataSidecar.SUFFIX)) {
                String sidecar = pad.substring(0, pad.length() - naam.length()) + MetadataSidecar.naamVoor(naam);
                documenten.add(bestanden.contains(sidecar)
                        ? SchoolDocumentReader.read(BundledResources.read(pad), pad,
                                new String(BundledResources.read(sidecar), StandardCharsets.UTF_8))
                        : ImportResult.failed(pad, "metadata ontbreekt: " + sidecar));
            }
        }
        return new DemoSet(SwvKoppelingen.koppel(ImportResult.combine(vestigingen), ImportResult.combine(koppelingen)),
                ImportResult.combine(documenten), BundledResources.sha256(bestanden));
    }

    /** Reads a generated set from a directory (e.g. the national set written by {@link DemoSetGenerator}). */
    public static DemoSet load(Path map) {
        Path duo = map.resolve("duo");
        List<ImportResult<School>> vestigingen = new ArrayList<>();
        List<ImportResult<SwvKoppeling>> koppelingen = new ArrayList<>();
        try (Stream<Path> files = Files.list(duo)) {
            for (Path p : files.sorted().toList()) {
                String naam = p.getFileName().toString();
                if (naam.startsWith("vestigingen-")) {
                    vestigingen.add(DuoVestigingenImporter.read(p));
                } else if (naam.startsWith("scholen-per-swv-")) {
                    koppelingen.add(DuoSwvScholenImporter.read(p));
                }
            }
        } catch (java.io.IOException e) {
            return new DemoSet(ImportResult.failed(duo.toString(), "map niet te lezen: " + e.getMessage()),
                    ImportResult.failed(map.toString(), "niet gelezen"), "");
        }
        return new DemoSet(SwvKoppelingen.koppel(ImportResult.combine(vestigingen), ImportResult.combine(koppelingen)),
                SchoolDocumentReader.readFolder(map.resolve("documenten")), "");
    }
}
