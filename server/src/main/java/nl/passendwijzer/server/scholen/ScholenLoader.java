package nl.passendwijzer.server.scholen;

import java.lang.System.Logger.Level;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;
import nl.passendwijzer.content.BundledResources;
import nl.passendwijzer.content.scholen.DocumentSectie;
import nl.passendwijzer.content.scholen.GebiedNiveau;
import nl.passendwijzer.content.scholen.School;
import nl.passendwijzer.content.scholen.SchoolDocument;
import nl.passendwijzer.content.scholen.SopFacetten;
import nl.passendwijzer.content.scholen.VoNiveau;
import nl.passendwijzer.content.scholen.demo.DemoSet;
import nl.passendwijzer.server.db.BundledDataVersions;
import nl.passendwijzer.server.db.Rows;
import nl.passendwijzer.server.db.Transactions;
import nl.passendwijzer.server.http.Json;

/**
 * Writes schools and their documents into the database: the bundled demo set at start-up (when its hash changed)
 * and imports from the command line. Uploaded documents are never replaced by bundled ones.
 */
public final class ScholenLoader {
    static final String DEMO_VERSIE = "demo-scholen";
    private static final System.Logger LOGGER = System.getLogger(ScholenLoader.class.getName());

    private static final int BATCH = 250;

    private final BundledDataVersions versions;
    private final DbClient db;

    public ScholenLoader(BundledDataVersions versions, DbClient db) {
        this.versions = versions;
        this.db = db;
    }

    /** Writes imported schools in batches, each its own transaction, reporting the number written so far. */
    public void writeSchools(List<School> schools, String bron, IntConsumer progress) {
        for (int from = 0; from < schools.size(); from += BATCH) {
            List<School> batch = schools.subList(from, Math.min(schools.size(), from + BATCH));
            Transactions.inTransaction(db, tx -> {
                write(tx, batch, List.of(), bron);
                return batch.size();
            });
            progress.accept(from + batch.size());
        }
    }

    /** Writes imported documents of known schools in batches; returns the ids of schools that were unknown. */
    public Set<String> writeDocuments(List<SchoolDocument> documents, IntConsumer progress) {
        Set<String> known = new HashSet<>(db.execute().query("SELECT id FROM school")
                                                  .map(row -> Rows.string(row, "id")).toList());
        List<SchoolDocument> writable = documents.stream().filter(d -> known.contains(d.schoolId())).toList();
        for (int from = 0; from < writable.size(); from += BATCH) {
            List<SchoolDocument> batch = writable.subList(from, Math.min(writable.size(), from + BATCH));
            Transactions.inTransaction(db, tx -> {
                write(tx, List.of(), batch, "import");
                return batch.size();
            });
            progress.accept(from + batch.size());
        }
        Set<String> unknown = new TreeSet<>();
        documents.stream().map(SchoolDocument::schoolId).filter(id -> !known.contains(id)).forEach(unknown::add);
        return unknown;
    }

    /** Loads the bundled demo set when its files changed; reading and PDF extraction happen only then. */
    public boolean loadBundledDemo() {
        String version = BundledResources.sha256(BundledResources.list(DemoSet.MAP));
        return versions.loadIfChanged(DEMO_VERSIE, version, tx -> {
            DemoSet demo = DemoSet.load();
            LOGGER.log(Level.INFO, "Demo set: " + demo.scholen().records().size() + " schools ("
                    + demo.scholen().report().mislukt().size() + " failed), " + demo.documenten().records().size()
                    + " documents (" + demo.documenten().report().mislukt().size() + " failed)");
            write(tx, demo.scholen().records(), demo.documenten().records(), "demo");
        });
    }

    /**
     * Loads a generated set (e.g. the national-scale one for benchmarks) in place of the bundled demo. It is recorded
     * under the bundled demo's version, so a later start does not load the bundled set on top of it.
     */
    public boolean loadInsteadOfBundledDemo(DemoSet set) {
        String version = BundledResources.sha256(BundledResources.list(DemoSet.MAP));
        return versions.loadIfChanged(DEMO_VERSIE, version,
                                      tx -> write(tx, set.scholen().records(), set.documenten().records(), "demo"));
    }

    void write(DbExecute tx, List<School> schools, List<SchoolDocument> documents, String bron) {
        for (School school : schools) {
            upsertSchool(tx, school, bron);
        }
        for (SchoolDocument document : documents) {
            replaceBundledDocument(tx, document);
        }
        tx.insert("INSERT INTO content_wijziging (soort, sleutel, gewijzigd_op) VALUES ('scholen', '*', ?)",
                  versions.now());
    }

    private void upsertSchool(DbExecute tx, School s, String bron) {
        Object[] values = {s.naam(), s.soort().name().toLowerCase(Locale.ROOT), niveaus(s.niveaus()), s.denominatie(),
                s.straatHuisnummer(), s.postcode(), s.pc4(), s.plaats(), s.gemeente(), s.lat().orElse(null),
                s.lon().orElse(null), s.website().orElse(null), s.fictief(), bron, versions.now(), s.id()};
        long updated = tx.update("UPDATE school SET naam = ?, soort = ?, niveaus = ?, denominatie = ?, straat = ?, "
                                         + "postcode = ?, pc4 = ?, plaats = ?, gemeente = ?, lat = ?, lon = ?, "
                                         + "website = ?, fictief = ?, bron = ?, gewijzigd_op = ? WHERE id = ?", values);
        if (updated == 0) {
            tx.insert("INSERT INTO school (naam, soort, niveaus, denominatie, straat, postcode, pc4, plaats, gemeente, "
                              + "lat, lon, website, fictief, bron, gewijzigd_op, id) "
                              + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
        }
        tx.delete("DELETE FROM school_swv WHERE school_id = ?", s.id());
        for (String code : s.swvCodes()) {
            tx.insert("INSERT INTO school_swv (school_id, swv_code) VALUES (?, ?)", s.id(), code);
        }
    }

    private void replaceBundledDocument(DbExecute tx, SchoolDocument d) {
        String id = documentId(d);
        boolean uploaded = tx.get("SELECT id FROM school_document WHERE id = ? AND geupload_door IS NOT NULL", id)
                .isPresent();
        if (uploaded) {
            return;
        }
        tx.delete("DELETE FROM ondersteuningsprofiel WHERE document_id = ?", id);
        tx.delete("DELETE FROM document_sectie WHERE document_id = ?", id);
        tx.delete("DELETE FROM school_document WHERE id = ?", id);
        insertDocument(tx, id, d, null, null);
    }

    /**
     * Stores an uploaded document in place of the school's document of that kind and schooljaar. The structured
     * profile of an SOP stays (an upload carries prose, not facets); the sections are replaced.
     */
    public void replaceUploaded(DbExecute tx, SchoolDocument d, byte[] inhoud, String uploader) {
        String id = documentId(d);
        long updated = tx.update("UPDATE school_document SET formaat = ?, vastgesteld_op = COALESCE(?, vastgesteld_op), "
                                         + "bron_pad = NULL, sha256 = ?, inhoud = ?, geupload_door = ?, toegevoegd_op = ? "
                                         + "WHERE id = ?",
                                 d.format().name().toLowerCase(Locale.ROOT), d.vastgesteldOp().orElse(null), d.sha256(),
                                 inhoud, uploader, versions.now(), id);
        if (updated == 0) {
            insertDocument(tx, id, d, inhoud, uploader);
        } else {
            tx.delete("DELETE FROM document_sectie WHERE document_id = ?", id);
            insertSections(tx, id, d);
        }
        tx.insert("INSERT INTO content_wijziging (soort, sleutel, gewijzigd_op) VALUES ('document', ?, ?)",
                  d.schoolId(), versions.now());
    }

    /** Inserts a document, its sections and (for an SOP with facets) its structured profile. */
    void insertDocument(DbExecute tx, String id, SchoolDocument d, byte[] inhoud, String uploader) {
        tx.insert("INSERT INTO school_document (id, school_id, soort, formaat, schooljaar, vastgesteld_op, bron_pad, "
                          + "sha256, inhoud, geupload_door, toegevoegd_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  id, d.schoolId(), kind(d), d.format().name().toLowerCase(Locale.ROOT), d.schooljaar(),
                  d.vastgesteldOp().orElse(null), inhoud == null ? d.bronPad() : null, d.sha256(), inhoud, uploader,
                  versions.now());
        insertSections(tx, id, d);
        if (d.facetten().isPresent() && d.vastgesteldOp().isPresent()) {
            SopFacetten f = d.facetten().get();
            tx.delete("DELETE FROM ondersteuningsprofiel WHERE school_id = ? AND schooljaar = ?",
                      d.schoolId(), d.schooljaar());
            tx.insert("INSERT INTO ondersteuningsprofiel (school_id, schooljaar, document_id, vastgesteld_op, "
                              + "mr_advies, basisondersteuning, gebieden, voorzieningen, teamrollen, grenzen) "
                              + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      d.schoolId(), d.schooljaar(), id, d.vastgesteldOp().get(), f.mrAdvies(),
                      Json.write(f.basisondersteuning()),
                      Json.write(f.gebieden().stream().map(StoredGebied::of).toList()),
                      Json.write(f.voorzieningen()), Json.write(f.teamrollen()), Json.write(f.grenzen()));
        }
    }

    private static void insertSections(DbExecute tx, String id, SchoolDocument d) {
        for (DocumentSectie sectie : d.secties()) {
            tx.insert("INSERT INTO document_sectie (document_id, volgnummer, kop_pad, tekst, pagina, anker) "
                              + "VALUES (?, ?, ?, ?, ?, ?)",
                      id, sectie.volgorde(), Json.write(sectie.kopPad()), sectie.tekst(),
                      sectie.pagina().orElse(null), sectie.anker().orElse(null));
        }
    }

    /** One document per school, kind and schooljaar: a newer upload of the same replaces it. */
    public static String documentId(SchoolDocument d) {
        return d.schoolId() + "-" + kind(d) + "-" + d.schooljaar();
    }

    static String kind(SchoolDocument d) {
        return d.kind().name().toLowerCase(Locale.ROOT);
    }

    private static String niveaus(List<VoNiveau> niveaus) {
        return String.join(",", niveaus.stream().map(n -> n.name().toLowerCase(Locale.ROOT)).toList());
    }

    /** A support area as stored in JSON. */
    public record StoredGebied(String gebied, String niveau, String notitie) {
        static StoredGebied of(GebiedNiveau g) {
            return new StoredGebied(g.gebied(), g.niveau(), g.notitie().orElse(null));
        }
    }
}
