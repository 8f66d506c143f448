package nl.passendwijzer.content.scholen;

/** The file format a school document came in, detected from its content. */
public enum DocumentFormat { PDF, HTML, MARKDOWN }
