package nl.passendwijzer.server.intake;

import java.util.List;

import nl.passendwijzer.server.regio.LandelijkLoket;
import nl.passendwijzer.server.regio.SwvViews.InformatiepuntView;

/** JSON shapes of the intake endpoints (separate from the stored records: never bind a request to an entity). */
public final class VraagViews {
    private VraagViews() {
    }

    public record SwvKort(String code, String naam) {
    }

    public record RouteringView(String regel, String reden, List<String> alternatieven) {
    }

    public record ZorgplichtView(String aanmelddatum, String besluitVoor, String uiterlijkVoor, String uitleg) {
        static ZorgplichtView of(Zorgplicht z) {
            return new ZorgplichtView(z.aanmelddatum().toString(), z.besluitVoor().toString(), z.uiterlijkVoor().toString(),
                                      "Na een schriftelijke aanmelding beslist het schoolbestuur binnen zes weken. Het mag "
                                              + "die termijn één keer met hoogstens vier weken verlengen. Dit zijn gewone "
                                              + "weken, geen schoolweken.");
        }
    }

    /** The 201 answer to a new question; the volgcode appears here and nowhere else. */
    public record IngediendView(String referentie, String volgcode, String status, SwvKort swv,
                                InformatiepuntView informatiepunt, LandelijkLoket landelijkLoket,
                                RouteringView routering, String verwachtAntwoordVoor, boolean urgent,
                                ZorgplichtView zorgplicht, List<ArtikelSuggestie> suggesties, String melding) {
    }

    public record BerichtView(String soort, String tekst, String geplaatstOp) {
    }

    /** What the asker sees with their volgcode (never internal notes). */
    public record StatusView(String referentie, String status, String statusLabel, String categorie,
                             String categorieLabel, SwvKort swv, InformatiepuntView informatiepunt,
                             LandelijkLoket landelijkLoket, String vraag, String ingediendOp,
                             String verwachtAntwoordVoor, boolean urgent, ZorgplichtView zorgplicht,
                             List<BerichtView> berichten) {
    }

    public record CategorieView(String code, String label) {
    }

    public record KeuzeView(String code, String label) {
    }

    /** Everything a client needs to show the question form. */
    public record FormulierView(String formulierToken, int minimaleInvultijdSeconden, String toestemmingVersie,
                                String toestemmingTekst, List<CategorieView> categorieen, List<KeuzeView> sectoren,
                                List<String> rollen, List<String> leeftijdsbanden, List<String> voorkeurskanalen,
                                int vraagMinLengte, int vraagMaxLengte) {
    }

    public record BerichtGeplaatstView(String referentie, String status) {
    }
}
