package nl.passendwijzer.server.http;

import java.util.List;

/**
 * RFC 9457 problem details. {@code type} is a relative URI built from the stable {@code code};
 * {@code fouten} lists field problems for form validation.
 */
public record Problem(String type, String title, int status, String detail, String code, List<FieldProblem> fouten) {

    public static Problem of(int status, String code, String title, String detail, List<FieldProblem> fields) {
        return new Problem("/problemen/" + code, title, status, detail, code, fields.isEmpty() ? null : fields);
    }
}
