package nl.passendwijzer.server.regio;

import nl.passendwijzer.server.Portal;

/** Lets tests in other packages run the regio table specification. */
public final class RegioTableAccess {
    private RegioTableAccess() {
    }

    public static void assertEveryRowAnswersItsLawTableCodes(Portal portal) {
        RegioTableSpec.assertEveryRowAnswersItsLawTableCodes(portal);
    }
}
