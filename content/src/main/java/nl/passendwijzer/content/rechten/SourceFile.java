package nl.passendwijzer.content.rechten;

/** A content file's name (as shown in error messages) and its text. */
public record SourceFile(String name, String text) {
}
