package nl.passendwijzer.server.vocabulaire;

import java.util.List;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import nl.passendwijzer.content.vocabulaire.Vocabulaire;
import nl.passendwijzer.content.vocabulaire.VocabulaireTerm;

/** {@code /api/vocabulaire}: the support vocabulary, so pages can explain jargon (TLV = …). */
public final class VocabulaireService implements HttpService {
    private final List<TermView> terms;

    public VocabulaireService(Vocabulaire vocabulaire) {
        this.terms = vocabulaire.all().stream().map(TermView::of).toList();
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list);
    }

    private void list(ServerRequest req, ServerResponse res) {
        res.send(terms);
    }

    /** One term. */
    public record TermView(String id, String groep, String labelOuders, String labelJongeren, String uitleg,
                           List<String> synoniemen, List<String> afkortingen, boolean historisch,
                           List<String> artikelen) {
        static TermView of(VocabulaireTerm t) {
            return new TermView(t.id(), t.groep().name().toLowerCase(java.util.Locale.ROOT), t.labelOuders(),
                                t.labelJongeren(), t.uitleg(), t.synoniemen(), t.afkortingen(), t.historisch(),
                                t.artikelen());
        }
    }
}
