package nl.passendwijzer.content.scholen.demo;

import java.time.LocalDate;
import nl.passendwijzer.content.scholen.DocumentFormat;
import nl.passendwijzer.content.scholen.School;
import nl.passendwijzer.content.scholen.SopFacetten;

/**
 * Everything the generator decided about one fictional school: the site, its SOP facets and the details its
 * documents talk about.
 *
 * @param toon          0 = warm and personal, 1 = businesslike, 2 = formal
 * @param uitvoerigheid 0..1, how much optional text the documents get
 * @param cluster       for so/vso: the cluster (1-4) the school mainly serves, 0 otherwise
 */
record DemoSchool(School school, SopFacetten facetten, LocalDate vastgesteldOp, int toon, double uitvoerigheid,
                  int leerlingen, int cluster, Personen personen, boolean heeftLift, String bestuur,
                  DocumentFormat sopFormat, DocumentFormat gidsFormat) {

    /** Fictional contact people and channels named in the schoolgids. */
    record Personen(String directeur, String internBegeleider, String vertrouwenspersoon, String telefoon,
                    String email) {
    }

    boolean isPo() {
        return school.soort().sector() == nl.passendwijzer.content.scholen.SchoolSoort.Sector.PO;
    }

    boolean heeftGebied(String id) {
        return facetten.gebieden().stream().anyMatch(g -> g.gebied().equals(id));
    }

    boolean heeftVoorziening(String id) {
        return facetten.voorzieningen().contains(id);
    }
}
