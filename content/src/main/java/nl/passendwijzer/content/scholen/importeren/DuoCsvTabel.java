package nl.passendwijzer.content.scholen.importeren;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A semicolon-separated DUO open-data file, read tolerantly: columns are found by name (case, spacing and
 * underscores ignored), so reordered or extra columns do not matter. Rows come out one by one with their line
 * number; a row with the wrong number of cells or unreadable quoting is reported, not thrown.
 */
final class DuoCsvTabel {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';')
            .setQuote('"')
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .get();

    /** One data row: its cells by normalised column name. */
    record Rij(long regel, Map<String, String> cellen) {
        /** The trimmed value of the first of the given columns that is present and not blank. */
        Optional<String> waarde(String... kolommen) {
            for (String kolom : kolommen) {
                String value = cellen.get(normaliseer(kolom));
                if (value != null && !value.isBlank()) {
                    return Optional.of(value.strip());
                }
            }
            return Optional.empty();
        }
    }

    /** Receives rows and row problems while the table is walked. */
    interface Bezoeker {
        void rij(Rij rij);

        void fout(long regel, String reden);
    }

    private final List<String> kolommen;
    private final String text;

    private DuoCsvTabel(List<String> kolommen, String text) {
        this.kolommen = kolommen;
        this.text = text;
    }

    /** Reads the header of a decoded file; empty when the text has no header line. */
    static Optional<DuoCsvTabel> lees(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                return Optional.empty();
            }
            List<String> header = new ArrayList<>();
            it.next().forEach(name -> header.add(normaliseer(name)));
            return Optional.of(new DuoCsvTabel(header, text));
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    static String normaliseer(String kolom) {
        return kolom.replace('\uFEFF', ' ').replace('_', ' ').strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    boolean heeftKolom(String... namen) {
        for (String naam : namen) {
            if (kolommen.contains(normaliseer(naam))) {
                return true;
            }
        }
        return false;
    }

    /** Walks all data rows; stops at unreadable quoting and reports it, keeping what came before. */
    void bezoek(Bezoeker bezoeker) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Iterator<CSVRecord> it = parser.iterator();
            it.next();
            long lastLine = 1;
            try {
                while (it.hasNext()) {
                    CSVRecord record = it.next();
                    long regel = record.getRecordNumber();
                    lastLine = regel;
                    if (record.size() != kolommen.size()) {
                        bezoeker.fout(regel, "verkeerd aantal kolommen: %d in plaats van %d"
                                .formatted(record.size(), kolommen.size()));
                        continue;
                    }
                    Map<String, String> cellen = new HashMap<>();
                    for (int i = 0; i < kolommen.size(); i++) {
                        cellen.putIfAbsent(kolommen.get(i), record.get(i));
                    }
                    bezoeker.rij(new Rij(regel, cellen));
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                bezoeker.fout(lastLine + 1, "onleesbare CSV vanaf hier (aanhalingstekens?); rest van het bestand "
                        + "overgeslagen: " + e.getMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
