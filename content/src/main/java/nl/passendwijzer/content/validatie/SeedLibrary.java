package nl.passendwijzer.content.validatie;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The seed documents articles may cite. The five names are always known; their lines are only known when the
 * shared seeds folder is present (a developer machine), not in a user's clone.
 */
public final class SeedLibrary {
    public static final List<String> NAMES = List.of(
            "000_42defd959e69b98f.txt",
            "001_b353e2debd76847f.txt",
            "002_19c51ba39e5114a2.txt",
            "003_89c4126678f405c5.txt",
            "004_8b1158ef30d1b71e.txt");

    private final Map<String, List<String>> lines;

    private SeedLibrary(Map<String, List<String>> lines) {
        this.lines = Map.copyOf(lines);
    }

    /** Knows the names only: line numbers cannot be checked. */
    public static SeedLibrary namesOnly() {
        return new SeedLibrary(Map.of());
    }

    /** Reads the known seed files found in the folder. */
    public static SeedLibrary fromFolder(Path folder) {
        Map<String, List<String>> read = new LinkedHashMap<>();
        for (String name : NAMES) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    read.put(name, Files.readAllLines(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read seed " + file, e);
                }
            }
        }
        return new SeedLibrary(read);
    }

    /** The shared seeds folder next to the repository, seen from the repository root or from a module directory. */
    public static Optional<Path> locateFolder() {
        return Stream.of(Path.of("../shared/seeds"), Path.of("../../shared/seeds"))
                .filter(dir -> Files.isRegularFile(dir.resolve(NAMES.getFirst())))
                .findFirst();
    }

    /** The seeds folder's library when it is there, otherwise the names-only library. */
    public static SeedLibrary locate() {
        return locateFolder().map(SeedLibrary::fromFolder).orElseGet(SeedLibrary::namesOnly);
    }

    public boolean isKnown(String name) {
        return NAMES.contains(name);
    }

    /** The number of lines of a seed, when its file could be read. */
    public Optional<Integer> lineCount(String name) {
        return Optional.ofNullable(lines.get(name)).map(List::size);
    }

    /** Whether lines {@code first..last} (1-based, inclusive, existing) hold any text; empty when unknown. */
    public Optional<Boolean> hasText(String name, int first, int last) {
        return Optional.ofNullable(lines.get(name))
                .map(all -> all.subList(first - 1, last).stream().anyMatch(line -> !line.isBlank()));
    }
}
