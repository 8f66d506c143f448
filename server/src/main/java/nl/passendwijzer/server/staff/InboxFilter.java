package nl.passendwijzer.server.staff;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.passendwijzer.server.intake.VraagStatus;

/** A validated inbox query: which SWVs (always the caller's), filters, sort order and page. */
public record InboxFilter(Set<String> swvs,
                          List<VraagStatus> statussen,
                          Optional<String> categorie,
                          Optional<Boolean> urgent,
                          boolean teLaat,
                          Optional<Integer> binnenDagen,
                          Toewijzing toewijzing,
                          Optional<String> zoek,
                          Sortering sortering,
                          int pagina,
                          int per) {

    public enum Toewijzing { ALLE, MIJ, NIEMAND }

    public enum Sortering { TERMIJN, NIEUWSTE }
}
