package nl.passendwijzer.server.zoeken.relevance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Loads the judged query set ({@code relevance/judged-queries.yaml}) and checks that every key is well formed. */
public final class JudgedQueries {
    public static final String DEFAULT_RESOURCE = "relevance/judged-queries.yaml";
    private static final Pattern KEY = Pattern.compile("school:[A-Z0-9]+|artikel:[a-z0-9-]+(:(ouders|jongeren))?");

    private JudgedQueries() {
    }

    /** The set bundled with the server tests. */
    public static List<JudgedQuery> bundled() {
        try (InputStream in = JudgedQueries.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + DEFAULT_RESOURCE);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static List<JudgedQuery> load(InputStream yaml) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        List<JudgedQuery> queries = new ArrayList<>();
        for (Map<String, Object> entry : (List<Map<String, Object>>) root.get("queries")) {
            String text = String.valueOf(entry.get("q"));
            Map<String, Integer> grades = new LinkedHashMap<>();
            ((Map<String, Object>) entry.get("relevant")).forEach((key, grade) -> {
                int value = ((Number) grade).intValue();
                if (!KEY.matcher(key).matches() || value < 1 || value > 3) {
                    throw new IllegalArgumentException("Bad judgment for '" + text + "': " + key + " = " + grade);
                }
                grades.put(key, value);
            });
            checkOneKindOfArticleKey(text, grades);
            Map<String, List<String>> filters = new LinkedHashMap<>();
            ((Map<String, Object>) entry.getOrDefault("filters", Map.of())).forEach((dimension, values) ->
                    filters.put(dimension, values instanceof List<?> list
                            ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(values))));
            queries.add(new JudgedQuery(text, String.valueOf(entry.getOrDefault("soort", "")),
                    Optional.ofNullable(entry.get("postcode")).map(String::valueOf),
                    Optional.ofNullable(entry.get("straal")).map(v -> ((Number) v).doubleValue()),
                    Optional.ofNullable(entry.get("doelgroep")).map(String::valueOf), filters, grades));
        }
        return List.copyOf(queries);
    }

    /** A slug is judged either for any doelgroep or per doelgroep, so one article cannot earn gain twice. */
    private static void checkOneKindOfArticleKey(String text, Map<String, Integer> grades) {
        for (String key : grades.keySet()) {
            String[] parts = key.split(":");
            if (parts.length == 3 && grades.containsKey(parts[0] + ":" + parts[1])) {
                throw new IllegalArgumentException("'" + text + "' judges " + key + " and " + parts[0] + ":"
                        + parts[1] + "; use one of both");
            }
        }
    }
}
