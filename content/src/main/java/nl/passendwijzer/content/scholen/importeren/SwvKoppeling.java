package nl.passendwijzer.content.scholen.importeren;

/** One row of DUO's "scholen per samenwerkingsverband": site {@code schoolId} belongs to {@code swvCode}. */
public record SwvKoppeling(String schoolId, String swvCode) {
}
