package nl.passendwijzer.content.regio;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.passendwijzer.content.ContentException;

/** Reads the tab-separated data files of the content module: header line, then rows of a fixed width. */
final class TsvTable {
    private TsvTable() {
    }

    static List<String[]> read(InputStream in, String name, List<String> expectedHeader) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !Arrays.asList(header.split("\t", -1)).equals(expectedHeader)) {
                throw new ContentException(name + ": expected header " + expectedHeader + " but found " + header);
            }
            List<String[]> rows = new ArrayList<>();
            String line;
            int lineNo = 1;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != expectedHeader.size()) {
                    throw new ContentException(name + ":" + lineNo + ": expected " + expectedHeader.size()
                                                       + " columns, found " + cells.length);
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
