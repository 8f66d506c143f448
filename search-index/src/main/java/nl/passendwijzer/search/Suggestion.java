package nl.passendwijzer.search;

import java.util.Optional;

/** One autocomplete suggestion. {@code id} is the school id for schools. */
public record Suggestion(String label, Kind kind, Optional<String> id) {
    public enum Kind { SCHOOL, PLAATS, TERM }
}
