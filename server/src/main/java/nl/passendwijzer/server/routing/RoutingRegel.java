package nl.passendwijzer.server.routing;

/** Which rule of DESIGN.md "Routing a question" decided; the wire and column value is {@link #code()}. */
public enum RoutingRegel {
    /** Rule 1: mbo has no samenwerkingsverband passend onderwijs. */
    MBO("mbo"),
    /** Rule 2: the school the pupil attends or is registered at belongs to exactly one SWV. */
    SCHOOL("school"),
    /** Rule 3: home PC4 and sector. */
    POSTCODE("postcode"),
    /** Rule 4: a well-formed PC4 for which the regio-indeling names no SWV. */
    POSTCODE_ZONDER_SWV("postcode-zonder-swv");

    private final String code;

    RoutingRegel(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
