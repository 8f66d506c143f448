package nl.passendwijzer.content.validatie;

/** One problem in one content file. */
public record Finding(Severity severity, String file, String message) {

    public static Finding error(String file, String message) {
        return new Finding(Severity.ERROR, file, message);
    }

    public static Finding warning(String file, String message) {
        return new Finding(Severity.WARNING, file, message);
    }

    @Override
    public String toString() {
        return severity + " " + file + ": " + message;
    }
}
