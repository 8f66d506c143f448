package nl.passendwijzer.content.rechten;

/**
 * A part of an article body under one heading, for search indexing and deep links.
 * The text before the first heading forms a section whose heading is the article title and whose anchor is empty.
 */
public record Sectie(String heading, String text, String anchor) {
}
