package nl.passendwijzer.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The word lists shipped with this module (see WORDLISTS-SOURCE.txt next to them): word parts for compound
 * splitting, Dutch infinitives, the stop list and the domain stem overrides. Immutable once loaded; load it once
 * and share it between analyzers.
 */
public final class DutchWordLists {
    private static final String FOLDER = "/nl/passendwijzer/search/analysis/";
    private static final List<String> FILES =
            List.of("nl-wordparts.txt", "nl-verbs.txt", "domain-verbs.txt", "stopwords.txt", "domain-stems.txt");

    private final Set<String> wordParts;
    private final Set<String> verbs;
    private final Set<String> stopWords;
    private final Map<String, String> stemOverrides;
    private final String checksum;

    private DutchWordLists(Set<String> wordParts, Set<String> verbs, Set<String> stopWords,
                           Map<String, String> stemOverrides, String checksum) {
        this.wordParts = wordParts;
        this.verbs = verbs;
        this.stopWords = stopWords;
        this.stemOverrides = stemOverrides;
        this.checksum = checksum;
    }

    /** Reads the lists from the classpath. */
    public static DutchWordLists load() {
        CRC32 crc = new CRC32();
        Set<String> parts = lines(FILES.get(0), crc);
        Set<String> verbs = lines(FILES.get(1), crc);
        verbs.addAll(lines(FILES.get(2), crc));
        Set<String> stops = lines(FILES.get(3), crc);
        Map<String, String> overrides = new HashMap<>();
        for (String line : lines(FILES.get(4), crc)) {
            String[] pair = line.split("\t");
            if (pair.length == 2) {
                overrides.put(pair[0].strip(), pair[1].strip());
            }
        }
        return new DutchWordLists(Set.copyOf(parts), Set.copyOf(verbs), Set.copyOf(stops), Map.copyOf(overrides),
                Long.toHexString(crc.getValue()));
    }

    private static Set<String> lines(String file, CRC32 crc) {
        try (InputStream in = DutchWordLists.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing word list on the classpath: " + FOLDER + file);
            }
            Set<String> result = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    result.add(trimmed);
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Set<String> wordParts() {
        return wordParts;
    }

    public Set<String> verbs() {
        return verbs;
    }

    public Set<String> stopWords() {
        return stopWords;
    }

    public Map<String, String> stemOverrides() {
        return stemOverrides;
    }

    /** A checksum over all lists, part of the analyzer version: changing a list forces a rebuild. */
    public String checksum() {
        return checksum;
    }
}
