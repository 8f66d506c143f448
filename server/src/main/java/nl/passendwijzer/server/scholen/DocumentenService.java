package nl.passendwijzer.server.scholen;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import nl.passendwijzer.content.BundledResources;
import nl.passendwijzer.server.http.ProblemException;
import nl.passendwijzer.server.scholen.SchoolRepository.DocumentRecord;

/**
 * {@code /api/documenten/{id}}: the source document of an SOP or schoolgids, so a search hit can link to its page
 * ({@code #page=14}) or anchor. HTML is sent as an attachment-free download under a sandboxing CSP.
 */
public final class DocumentenService implements HttpService {
    private final SchoolRepository repository;

    public DocumentenService(SchoolRepository repository) {
        this.repository = repository;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{id}", this::one);
    }

    private void one(ServerRequest req, ServerResponse res) {
        String id = req.path().pathParameters().get("id");
        DocumentRecord d = repository.document(id).orElseThrow(() -> ProblemException.notFound(
                "document-not-found", "Dit document staat niet (meer) in Passend Wijzer."));
        byte[] bytes = d.uploaded()
                ? repository.uploadedContent(id).orElseThrow()
                : BundledResources.read(d.bronPad().orElseThrow());
        res.headers().set(HeaderNames.CONTENT_TYPE, switch (d.formaat()) {
            case "pdf" -> "application/pdf";
            case "html" -> "text/html; charset=UTF-8";
            default -> "text/plain; charset=UTF-8";
        });
        // A school's HTML runs no script here and cannot reach the portal's origin.
        res.headers().set(HeaderNames.create("Content-Security-Policy"),
                          "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'");
        res.headers().set(HeaderNames.CACHE_CONTROL, "public, max-age=3600");
        res.send(bytes);
    }
}
