package nl.passendwijzer.server.routing;

import java.util.Optional;

import nl.passendwijzer.content.regio.Pc4;
import nl.passendwijzer.content.regio.RegioIndeling;
import nl.passendwijzer.content.regio.RegioRegel;

/** The regio-indeling as routing reads it: a row per PC4 and the version of the table. */
public interface RegioTabel {
    Optional<RegioRegel> find(Pc4 pc4);

    String versie();

    static RegioTabel of(RegioIndeling indeling) {
        return new RegioTabel() {
            @Override
            public Optional<RegioRegel> find(Pc4 pc4) {
                return indeling.find(pc4);
            }

            @Override
            public String versie() {
                return indeling.version();
            }
        };
    }
}
