package nl.passendwijzer.content.validatie;

/** ERROR breaks a content rule and stops start-up; WARNING is a heuristic an editor should look at. */
public enum Severity {
    ERROR,
    WARNING
}
