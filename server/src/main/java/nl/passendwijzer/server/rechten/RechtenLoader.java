package nl.passendwijzer.server.rechten;

import java.util.List;

import nl.passendwijzer.content.rechten.RechtenArtikel;
import nl.passendwijzer.content.rechten.RechtenCatalogus;
import nl.passendwijzer.server.db.BundledDataVersions;
import nl.passendwijzer.server.http.Json;

/** Loads the bundled rights articles into the database when their content hash changed. */
public final class RechtenLoader {
    static final String VERSIE = "rechten-artikelen";

    private final BundledDataVersions versions;

    public RechtenLoader(BundledDataVersions versions) {
        this.versions = versions;
    }

    /** @return whether the articles were (re)loaded */
    public boolean load(RechtenCatalogus catalogus) {
        return versions.loadIfChanged(VERSIE, catalogus.version(), tx -> {
            tx.delete("DELETE FROM rechten_artikel");
            for (RechtenArtikel a : catalogus.all()) {
                tx.insert("INSERT INTO rechten_artikel (slug, doelgroep, titel, samenvatting, status, onderwerpen, "
                                  + "gerelateerd, bronnen, laatst_gecontroleerd, markdown, html, secties) "
                                  + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          a.slug(), a.doelgroep().wireValue(), a.titel(), a.samenvatting(), a.status().wireValue(),
                          Json.write(a.onderwerpen()), Json.write(a.gerelateerd()),
                          Json.write(a.bronnen().stream().map(StoredBron::of).toList()),
                          a.laatstGecontroleerd(), a.markdown(), a.html(),
                          Json.write(a.secties().stream().map(StoredSectie::of).toList()));
            }
            tx.insert("INSERT INTO content_wijziging (soort, sleutel, gewijzigd_op) VALUES ('rechten', '*', ?)",
                      versions.now());
        });
    }

    /** A source as stored in JSON. */
    public record StoredBron(String soort, String waarde, String over) {
        static StoredBron of(nl.passendwijzer.content.rechten.Bron bron) {
            return new StoredBron(bron.kind().key(), bron.value(), bron.over());
        }

        public StoredBron {
            over = over == null ? "" : over;
        }
    }

    /** A section as stored in JSON, for indexing per section. */
    public record StoredSectie(String kop, String tekst, String anker) {
        static StoredSectie of(nl.passendwijzer.content.rechten.Sectie sectie) {
            return new StoredSectie(sectie.heading(), sectie.text(), sectie.anchor());
        }
    }

    static List<String> list(String json) {
        return Json.readStrings(json);
    }
}
