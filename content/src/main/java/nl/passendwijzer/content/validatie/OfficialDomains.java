package nl.passendwijzer.content.validatie;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/** The public sites an article may cite by URL: government, supervisors and the official advice bodies. */
final class OfficialDomains {
    static final List<String> ALLOWED = List.of(
            "wetten.overheid.nl", "rijksoverheid.nl", "onderwijsinspectie.nl", "duo.nl", "onderwijsconsulenten.nl",
            "onderwijsgeschillen.nl", "passendonderwijs.nl", "oudersenonderwijs.nl", "ocw.nl",
            "autoriteitpersoonsgegevens.nl", "ncj.nl", "government.nl");

    private OfficialDomains() {
    }

    /** Why the URL is not acceptable, or empty when it is an https address on an allowed domain. */
    static String problem(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "url '" + url + "' is not a valid address";
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            return "url '" + url + "' must start with https://";
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        boolean allowed = ALLOWED.stream().anyMatch(domain -> host.equals(domain) || host.endsWith("." + domain));
        return allowed ? "" : "url '" + url + "' is not on an official domain (" + String.join(", ", ALLOWED) + ")";
    }
}
