package nl.passendwijzer.content.scholen.importeren;

import java.util.ArrayList;
import java.util.List;

/**
 * Clean records plus the report of one import. Records are only ever whole: a row that fails is in the report,
 * never half in the records.
 */
public record ImportResult<T>(List<T> records, ImportReport report) {
    public ImportResult {
        records = List.copyOf(records);
    }

    /** Collects records and row messages while an importer walks its input. */
    public static final class Builder<T> {
        private final String bron;
        private final List<T> records = new ArrayList<>();
        private final List<ImportReport.Melding> skipped = new ArrayList<>();
        private final List<ImportReport.Melding> failed = new ArrayList<>();

        public Builder(String bron) {
            this.bron = bron;
        }

        public Builder<T> add(T record) {
            records.add(record);
            return this;
        }

        public Builder<T> skip(int regel, String reden) {
            skipped.add(new ImportReport.Melding(bron, regel, reden));
            return this;
        }

        public Builder<T> fail(int regel, String reden) {
            failed.add(new ImportReport.Melding(bron, regel, reden));
            return this;
        }

        public ImportResult<T> build() {
            return new ImportResult<>(records, new ImportReport(bron, records.size(), skipped, failed));
        }
    }

    /** An import of one source that failed as a whole (unreadable, empty, wrong layout). */
    public static <T> ImportResult<T> failed(String bron, String reden) {
        return new Builder<T>(bron).fail(0, reden).build();
    }

    /** Several results as one. */
    public static <T> ImportResult<T> combine(List<ImportResult<T>> parts) {
        List<T> all = new ArrayList<>();
        ImportReport report = new ImportReport("", 0, List.of(), List.of());
        for (ImportResult<T> part : parts) {
            all.addAll(part.records);
            report = report.plus(part.report);
        }
        return new ImportResult<>(all, report);
    }
}
