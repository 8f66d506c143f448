package nl.passendwijzer.search;

/** What a search result is: a school, a section of its ondersteuningsprofiel or schoolgids, or a rights article. */
public enum DocumentType {
    SCHOOL, SOP_SECTIE, GIDS_SECTIE, ARTIKEL
}
