package nl.passendwijzer.server.importeren;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import nl.passendwijzer.content.regio.GeoPunt;
import nl.passendwijzer.content.regio.Pc4;
import nl.passendwijzer.content.regio.Pc4Centroids;
import nl.passendwijzer.content.scholen.School;
import nl.passendwijzer.content.scholen.SchoolDocument;
import nl.passendwijzer.content.scholen.importeren.ImportResult;
import nl.passendwijzer.server.Portal;
import nl.passendwijzer.server.db.BundledDataVersions;
import nl.passendwijzer.server.scholen.ScholenLoader;

/** Writes imported schools and documents with progress, and brings the search index up to date afterwards. */
final class SchoolImport {
    private final Portal portal;
    private final PrintStream out;
    private final ScholenLoader loader;

    SchoolImport(Portal portal, PrintStream out) {
        this.portal = portal;
        this.out = out;
        this.loader = new ScholenLoader(new BundledDataVersions(portal.database().dbClient(), portal.clock()),
                                        portal.database().dbClient());
    }

    int writeSchools(ImportResult<School> result, String bron) {
        out.println("Gelezen: " + ImportCommand.Summary.of(result.report()));
        // DUO publishes no coordinates: place a site at its PC4 area's approximate centre for distance search.
        Pc4Centroids centroids = Pc4Centroids.bundled();
        List<School> placed = result.records().stream()
                .map(s -> s.lat().isPresent() ? s : centroids.find(new Pc4(s.pc4()))
                        .map((GeoPunt p) -> s.metCoordinaten(p.lat(), p.lon())).orElse(s))
                .toList();
        int total = placed.size();
        loader.writeSchools(placed, bron, done -> progress("scholen", done, total));
        return 0;
    }

    int writeDocuments(ImportResult<SchoolDocument> result) {
        out.println("Gelezen: " + ImportCommand.Summary.of(result.report()));
        int total = result.records().size();
        Set<String> unknown = loader.writeDocuments(result.records(), done -> progress("documenten", done, total));
        unknown.stream().limit(20).forEach(id -> out.println("  overgeslagen: school " + id + " staat niet in de database"));
        if (unknown.size() > 20) {
            out.println("  … en nog " + (unknown.size() - 20) + " onbekende scholen");
        }
        return 0;
    }

    void reindex() {
        out.println("Zoekindex bijwerken …");
        portal.search().rebuild(portal.search().databaseContentVersion(), done -> {
            if (done % 20_000 == 0) {
                out.println("  " + done + " documenten geïndexeerd");
            }
        });
        out.println("Zoekindex bevat " + portal.search().documentCount() + " documenten.");
    }

    private void progress(String what, int done, int total) {
        out.printf("  %s: %d / %d%n", what, done, total);
    }
}
