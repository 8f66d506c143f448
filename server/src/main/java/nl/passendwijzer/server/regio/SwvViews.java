package nl.passendwijzer.server.regio;

import java.util.List;

/** JSON shapes of the samenwerkingsverband endpoints. */
public final class SwvViews {
    static final String PLACEHOLDER_MELDING = "De contactgegevens van dit informatiepunt zijn nog niet bekend bij "
            + "Passend Wijzer. U kunt uw vraag wel via Passend Wijzer stellen; wij zorgen dat die aankomt.";
    static final String BRON = "Regeling regio-indeling samenwerkingsverbanden passend onderwijs PO en VO "
            + "(BWBR0032324), bijlage, versie 2015-04-23";

    private SwvViews() {
    }

    /** The ouder- en jeugdinformatiepunt of an SWV. */
    public record InformatiepuntView(String naam, String email, String telefoon, String website, String openingstijden,
                                     boolean placeholder, String melding) {

        static InformatiepuntView of(SwvRepository.Informatiepunt ip) {
            return new InformatiepuntView(ip.naam().orElse(null), ip.email().orElse(null), ip.telefoon().orElse(null),
                                          ip.website().orElse(null), ip.openingstijden().orElse(null),
                                          ip.placeholder(), ip.placeholder() ? PLACEHOLDER_MELDING : null);
        }
    }

    /** One samenwerkingsverband. */
    public record SwvView(String code, String sector, String naam, boolean naamAfgeleid, List<String> gemeenten,
                         int pc4Aantal, int antwoordtermijnWerkdagen, InformatiepuntView informatiepunt) {
    }

    /** A short list entry. */
    public record SwvListItem(String code, String sector, String naam, int pc4Aantal, boolean placeholder) {
    }

    /** Why no samenwerkingsverband is responsible, and who is. */
    public record GeenSwvView(String reden, String melding, LandelijkLoket landelijkLoket) {
    }

    /** The answer for a postcode: the PO and VO samenwerkingsverband, or an explicit "none". */
    public record PostcodeView(String postcode, String gemeente, SwvView po, SwvView vo,
                               GeenSwvView geenSamenwerkingsverband, String bron) {
    }
}
