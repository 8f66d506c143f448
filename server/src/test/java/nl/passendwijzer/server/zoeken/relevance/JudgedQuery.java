package nl.passendwijzer.server.zoeken.relevance;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One query of the judged set with its graded relevant documents.
 *
 * @param text      what the user typed
 * @param kind      a label for reporting ("recht", "typfout", "school+plaats", ...)
 * @param postcode  an explicit postcode parameter, when the query was judged with one
 * @param straalKm  an explicit radius parameter
 * @param doelgroep an explicit doelgroep parameter ("ouders" or "jongeren")
 * @param filters   facet filters (dimension to values)
 * @param grades    judged keys ({@code school:ZA0100}, {@code artikel:zorgplicht}, {@code artikel:opp:jongeren}) to
 *                  grade 1..3
 */
public record JudgedQuery(String text, String kind, Optional<String> postcode, Optional<Double> straalKm,
                          Optional<String> doelgroep, Map<String, List<String>> filters, Map<String, Integer> grades) {
    public JudgedQuery {
        filters = Map.copyOf(filters);
        grades = Map.copyOf(grades);
    }
}
