package nl.passendwijzer.server.staff;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import io.helidon.dbclient.DbClient;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import nl.passendwijzer.content.scholen.DocumentFormat;
import nl.passendwijzer.content.scholen.DocumentKind;
import nl.passendwijzer.content.scholen.SchoolDocument;
import nl.passendwijzer.content.scholen.documenten.DocumentMetadata;
import nl.passendwijzer.content.scholen.documenten.SchoolDocumentReader;
import nl.passendwijzer.content.scholen.importeren.ImportResult;
import nl.passendwijzer.server.auth.StaffAudit;
import nl.passendwijzer.server.auth.StaffAuth;
import nl.passendwijzer.server.auth.StaffPrincipal;
import nl.passendwijzer.server.db.Transactions;
import nl.passendwijzer.server.http.ProblemException;
import nl.passendwijzer.server.scholen.SchoolRepository;
import nl.passendwijzer.server.scholen.ScholenLoader;
import nl.passendwijzer.server.zoeken.PortalSearch;

/**
 * {@code /api/schooldocumenten}: coordinators upload the SOP or schoolgids of a school of their samenwerkingsverband.
 * The file is checked by content (PDF or HTML, size), stored, its text extracted and the school re-indexed at once.
 * A school outside the caller's SWVs answers 404.
 */
public final class DocumentUploadService implements HttpService {
    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final Pattern SCHOOLJAAR = Pattern.compile("(20\\d{2})-(20\\d{2})");

    private final StaffAuth auth;
    private final SchoolRepository schools;
    private final ScholenLoader loader;
    private final DbClient db;
    private final PortalSearch search;
    private final StaffAudit audit;

    public DocumentUploadService(StaffAuth auth, SchoolRepository schools, ScholenLoader loader,
                                 DbClient db, PortalSearch search, StaffAudit audit) {
        this.auth = auth;
        this.schools = schools;
        this.loader = loader;
        this.db = db;
        this.search = search;
        this.audit = audit;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.put("/{schoolId}/{soort}", this::upload);
    }

    private void upload(ServerRequest req, ServerResponse res) {
        StaffPrincipal who = auth.require(req);
        String schoolId = req.path().pathParameters().get("schoolId").toUpperCase(Locale.ROOT);
        String swv = coordinatingSwv(who, schoolId);
        DocumentKind kind = kind(req.path().pathParameters().get("soort"));
        String schooljaar = schooljaar(req.query().first("schooljaar").orElse(""));
        Optional<LocalDate> vastgesteldOp = vastgesteldOp(req.query().first("vastgesteldOp").asOptional());

        byte[] bytes = req.content().as(byte[].class);
        if (bytes.length > MAX_BYTES) {
            throw new ProblemException(Status.REQUEST_ENTITY_TOO_LARGE_413, "document-too-large", "Te groot",
                                       "Een document mag hoogstens 5 MB zijn.");
        }
        ImportResult<SchoolDocument> read = SchoolDocumentReader.read(
                bytes, "upload " + schoolId, new DocumentMetadata(schoolId, kind, schooljaar, vastgesteldOp, Optional.empty()));
        String reden = read.report().mislukt().isEmpty() ? "" : read.report().mislukt().getFirst().reden();
        // The type comes from the bytes (magic numbers, markup), never from a file name or Content-Type header.
        if (reden.startsWith("onbekend formaat")
                || read.records().stream().anyMatch(d -> d.format() == DocumentFormat.MARKDOWN)) {
            throw new ProblemException(Status.UNSUPPORTED_MEDIA_TYPE_415, "unsupported-document",
                                       "Verkeerd formaat", "Upload een PDF- of HTML-bestand.");
        }
        if (read.records().isEmpty()) {
            throw ProblemException.badRequest("unreadable-document", "Dit document kunnen we niet lezen: " + reden + ".");
        }
        SchoolDocument document = read.records().getFirst();
        boolean replaced = schools.document(ScholenLoader.documentId(document)).isPresent();
        Transactions.inTransaction(db, tx -> {
            loader.replaceUploaded(tx, document, bytes, String.valueOf(who.id()));
            audit.log(tx, who.id(), replaced ? "document-vervangen" : "document-toegevoegd", "school", schoolId, swv);
            return null;
        });
        search.reindexSchool(schoolId);
        res.status(replaced ? Status.OK_200 : Status.CREATED_201)
                .send(new Upload(ScholenLoader.documentId(document), schoolId,
                                 kind.name().toLowerCase(Locale.ROOT), document.format().name().toLowerCase(Locale.ROOT),
                                 schooljaar, document.secties().size(), replaced,
                                 "/api/documenten/" + ScholenLoader.documentId(document)));
    }

    /** The SWV through which the caller coordinates this school; 404 when the school is not theirs. */
    private String coordinatingSwv(StaffPrincipal who, String schoolId) {
        List<String> swvs = schools.find(schoolId).map(s -> schools.swvCodes(s.id())).orElse(List.of());
        List<String> member = swvs.stream().filter(who::isMember).toList();
        if (member.isEmpty()) {
            throw ProblemException.notFound("school-not-found", "Deze school hoort niet bij uw samenwerkingsverband.");
        }
        return member.stream().filter(who::isCoordinator).findFirst().orElseThrow(() -> new ProblemException(
                Status.FORBIDDEN_403, "coordinator-only", "Niet toegestaan",
                "Alleen een coördinator van het samenwerkingsverband kan documenten van scholen uploaden."));
    }

    private static DocumentKind kind(String soort) {
        return switch (soort) {
            case "sop" -> DocumentKind.SOP;
            case "schoolgids" -> DocumentKind.SCHOOLGIDS;
            default -> throw ProblemException.badRequest("invalid-document-kind", "Kies 'sop' of 'schoolgids'.");
        };
    }

    private static String schooljaar(String value) {
        var m = SCHOOLJAAR.matcher(value.strip());
        if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
            throw ProblemException.badRequest("invalid-schooljaar", "Geef het schooljaar als 2025-2026.");
        }
        return value.strip();
    }

    private static Optional<LocalDate> vastgesteldOp(Optional<String> value) {
        try {
            return value.filter(v -> !v.isBlank()).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("invalid-date", "Geef de datum van vaststelling als 2025-09-01.");
        }
    }

    /** What was stored. */
    public record Upload(String id, String schoolId, String soort, String formaat, String schooljaar, int secties,
                         boolean vervangen, String url) {
    }
}
