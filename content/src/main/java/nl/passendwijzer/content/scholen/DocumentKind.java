package nl.passendwijzer.content.scholen;

/** What a school document is. */
public enum DocumentKind {
    /** Schoolondersteuningsprofiel. */
    SOP,
    SCHOOLGIDS
}
