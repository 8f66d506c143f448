package nl.passendwijzer.content;

/** Bundled or imported content is missing or malformed. */
public class ContentException extends RuntimeException {
    public ContentException(String message) {
        super(message);
    }

    public ContentException(String message, Throwable cause) {
        super(message, cause);
    }
}
