package nl.passendwijzer.search;

/** A search request that cannot be answered as asked (bad paging, unknown facet, impossible radius); maps to 400. */
public class InvalidQueryException extends RuntimeException {
    public InvalidQueryException(String message) {
        super(message);
    }
}
