package nl.passendwijzer.server.regio;

import java.util.Optional;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import nl.passendwijzer.content.regio.Pc4;
import nl.passendwijzer.content.regio.SwvCode;
import nl.passendwijzer.server.http.ProblemException;

/** {@code /api/swv}: which samenwerkingsverband and informatiepunt belong to a postcode, and one SWV by code. */
public final class SwvService implements HttpService {
    private final SwvDirectory directory;

    public SwvService(SwvDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::listOrLookup)
                .get("/{code}", this::byCode);
    }

    private void listOrLookup(ServerRequest req, ServerResponse res) {
        Optional<String> postcode = req.query().first("postcode").asOptional();
        if (postcode.isEmpty()) {
            res.send(directory.list());
            return;
        }
        Pc4 pc4 = Pc4.parse(postcode.get()).orElseThrow(() -> ProblemException.badRequest(
                "invalid-postcode",
                "Vul een geldige postcode in: vier cijfers, eventueel met twee letters, bijvoorbeeld 3511 of 3511 AB."));
        res.send(directory.forPostcode(pc4));
    }

    private void byCode(ServerRequest req, ServerResponse res) {
        String code = req.path().pathParameters().get("code");
        Optional<SwvViews.SwvView> swv = SwvCode.isValid(code) ? directory.find(code) : Optional.empty();
        res.send(swv.orElseThrow(() -> ProblemException.notFound(
                "swv-not-found",
                "Dit samenwerkingsverband bestaat niet. Een code ziet eruit als PO2707 (basisonderwijs) of VO2708.")));
    }
}
