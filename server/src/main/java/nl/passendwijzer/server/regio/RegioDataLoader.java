package nl.passendwijzer.server.regio;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;
import nl.passendwijzer.content.regio.Pc4Centroids;
import nl.passendwijzer.content.regio.RegioIndeling;
import nl.passendwijzer.content.regio.RegioRegel;
import nl.passendwijzer.content.regio.SwvGebied;
import nl.passendwijzer.server.db.BundledDataVersions;

/**
 * Loads the bundled regio-indeling and PC4 centroids into the database, only when the bundled version differs from
 * the one recorded. Contact data of informatiepunten is never overwritten: a new SWV gets a placeholder record.
 */
public final class RegioDataLoader {
    static final String REGIO_VERSIE = "regio-indeling";
    static final String CENTROIDS_VERSIE = "pc4-centroids";
    
    private final BundledDataVersions versions;
    private final int defaultAntwoordtermijn;

    public RegioDataLoader(DbClient db, Clock clock, int defaultAntwoordtermijnWerkdagen) {
        this.versions = new BundledDataVersions(db, clock);
        this.defaultAntwoordtermijn = defaultAntwoordtermijnWerkdagen;
    }

    /** @return whether anything was (re)loaded */
    public boolean load(RegioIndeling indeling, Pc4Centroids centroids) {
        boolean regio = versions.loadIfChanged(REGIO_VERSIE, indeling.version(), tx -> writeRegio(tx, indeling));
        boolean points = versions.loadIfChanged(CENTROIDS_VERSIE, centroids.version(),
                                                tx -> writeCentroids(tx, centroids));
        return regio || points;
    }

    public Optional<String> loadedVersion(String naam) {
        return versions.loadedVersion(naam);
    }

    private void writeRegio(DbExecute tx, RegioIndeling indeling) {
        tx.delete("DELETE FROM pc4_regio");
        for (RegioRegel regel : indeling.regels()) {
            tx.insert("INSERT INTO pc4_regio (pc4, gemeente, po_swv_bron, vo_swv_bron) VALUES (?, ?, ?, ?)",
                      regel.pc4(), regel.gemeente(), regel.poSwvBron(), regel.voSwvBron());
        }
        tx.delete("DELETE FROM swv_gemeente");
        tx.update("UPDATE samenwerkingsverband SET in_regio_indeling = FALSE");
        for (SwvGebied swv : indeling.samenwerkingsverbanden()) {
            upsertSwv(tx, swv);
            for (String gemeente : swv.gemeenten()) {
                tx.insert("INSERT INTO swv_gemeente (swv_code, gemeente) VALUES (?, ?)", swv.code(), gemeente);
            }
        }
    }

    private void upsertSwv(DbExecute tx, SwvGebied swv) {
        boolean exists = tx.get("SELECT code FROM samenwerkingsverband WHERE code = ?", swv.code()).isPresent();
        if (exists) {
            // The official name, once imported, stays; a derived name follows the gemeenten.
            tx.update("UPDATE samenwerkingsverband SET pc4_aantal = ?, in_regio_indeling = TRUE, "
                              + "naam = CASE WHEN naam_afgeleid THEN ? ELSE naam END WHERE code = ?",
                      swv.pc4Count(), derivedName(swv), swv.code());
            return;
        }
        tx.insert("INSERT INTO samenwerkingsverband (code, sector, naam, naam_afgeleid, pc4_aantal, "
                          + "antwoordtermijn_werkdagen, in_regio_indeling) VALUES (?, ?, ?, TRUE, ?, ?, TRUE)",
                  swv.code(), swv.sector().code(), derivedName(swv), swv.pc4Count(), defaultAntwoordtermijn);
        tx.insert("INSERT INTO informatiepunt (swv_code, placeholder, gewijzigd_op) VALUES (?, TRUE, ?)",
                  swv.code(), now());
    }

    private void writeCentroids(DbExecute tx, Pc4Centroids centroids) {
        tx.delete("DELETE FROM pc4_centroid");
        centroids.all().forEach((pc4, point) -> tx.insert("INSERT INTO pc4_centroid (pc4, lat, lon) VALUES (?, ?, ?)",
                                                          pc4, point.lat(), point.lon()));
    }

    /** Until the official name is imported: the sector and the gemeenten of the area, which is what people know. */
    static String derivedName(SwvGebied swv) {
        List<String> names = swv.gemeenten();
        String area = names.size() <= 3 ? String.join(", ", names) : String.join(", ", names.subList(0, 3)) + " e.o.";
        return "Samenwerkingsverband " + swv.sector().name() + " " + area;
    }

    private OffsetDateTime now() {
        return versions.now();
    }
}
