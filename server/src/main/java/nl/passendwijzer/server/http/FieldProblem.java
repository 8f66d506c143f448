package nl.passendwijzer.server.http;

/** What is wrong with one input field: field name, stable code, Dutch message. */
public record FieldProblem(String veld, String code, String melding) {
}
