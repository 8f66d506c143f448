package nl.passendwijzer.server.http;

import java.util.List;

import io.helidon.http.Status;

/**
 * A request the portal refuses, with a stable English {@code code} for machines and a Dutch {@code detail} for people.
 * Thrown from handlers; {@link ProblemHandlers} turns it into {@code application/problem+json}.
 */
public class ProblemException extends RuntimeException {
    private final Status status;
    private final String code;
    private final String title;
    private final List<FieldProblem> fields;

    public ProblemException(Status status, String code, String title, String detail, List<FieldProblem> fields) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.fields = List.copyOf(fields);
    }

    public ProblemException(Status status, String code, String title, String detail) {
        this(status, code, title, detail, List.of());
    }

    public static ProblemException badRequest(String code, String detail) {
        return new ProblemException(Status.BAD_REQUEST_400, code, "Ongeldig verzoek", detail);
    }

    public static ProblemException notFound(String code, String detail) {
        return new ProblemException(Status.NOT_FOUND_404, code, "Niet gevonden", detail);
    }

    public static ProblemException invalidFields(String detail, List<FieldProblem> fields) {
        return new ProblemException(Status.BAD_REQUEST_400, "validation-failed", "Controleer de invoer", detail, fields);
    }

    public Status status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldProblem> fields() {
        return fields;
    }

    public Problem toProblem() {
        return Problem.of(status.code(), code, title, detail(), fields);
    }
}
