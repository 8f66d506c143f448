package nl.passendwijzer.content.scholen.importeren;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did, row by row: how many records came out clean, and which rows were skipped or failed and why.
 * A skipped row is deliberately left out (e.g. a closed site); a failed row is broken input.
 */
public record ImportReport(String bron, int geimporteerd, List<Melding> overgeslagen, List<Melding> mislukt) {

    /** One row that did not become a record. {@code regel} is the 1-based line or row number, 0 for a whole file. */
    public record Melding(String bron, int regel, String reden) {
        @Override
        public String toString() {
            return bron + (regel > 0 ? ":" + regel : "") + ": " + reden;
        }
    }

    public ImportReport {
        overgeslagen = List.copyOf(overgeslagen);
        mislukt = List.copyOf(mislukt);
    }

    /** True when no row failed. */
    public boolean isFoutloos() {
        return mislukt.isEmpty();
    }

    /** Two reports as one (e.g. several files of one import). */
    public ImportReport plus(ImportReport other) {
        List<Melding> skipped = new ArrayList<>(overgeslagen);
        skipped.addAll(other.overgeslagen);
        List<Melding> failed = new ArrayList<>(mislukt);
        failed.addAll(other.mislukt);
        String naam = bron.isEmpty() ? other.bron : other.bron.isEmpty() ? bron : bron + ", " + other.bron;
        return new ImportReport(naam, geimporteerd + other.geimporteerd, skipped, failed);
    }

    /** A one-line Dutch summary for logs and the import command. */
    public String samenvatting() {
        return "%s: %d geïmporteerd, %d overgeslagen, %d mislukt".formatted(bron, geimporteerd, overgeslagen.size(),
                mislukt.size());
    }
}
