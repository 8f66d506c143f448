package nl.passendwijzer.content.rechten;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import nl.passendwijzer.content.ContentException;

/**
 * Typed reading of one YAML mapping that collects every problem instead of stopping at the first,
 * so an author sees all mistakes in a file at once.
 */
public final class YamlFields {
    private final Map<?, ?> map;
    private final String context;
    private final List<String> problems;

    private YamlFields(Map<?, ?> map, String context, List<String> problems) {
        this.map = map;
        this.context = context;
        this.problems = problems;
    }

    /** Parses YAML text that must be a mapping, with SnakeYAML's safe constructor (no arbitrary types). */
    public static YamlFields parseMapping(String yaml, String fileName) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            throw new ContentException(fileName + ": not valid YAML: " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new ContentException(fileName + ": YAML must be a mapping of keys to values");
        }
        return new YamlFields(map, "", new ArrayList<>());
    }

    /** Wraps a nested mapping; its problems are reported with the given context (e.g. "bronnen[2]"). */
    public static Optional<YamlFields> nested(Object value, String context, List<String> problems) {
        if (value instanceof Map<?, ?> map) {
            return Optional.of(new YamlFields(map, context + ".", problems));
        }
        problems.add(context + " must be a mapping");
        return Optional.empty();
    }

    public List<String> problems() {
        return problems;
    }

    public void problem(String message) {
        problems.add(message);
    }

    public boolean has(String key) {
        return map.containsKey(key) && map.get(key) != null;
    }

    public List<String> keys() {
        return map.keySet().stream().map(String::valueOf).toList();
    }

    /** A required non-blank string; numbers and booleans are rejected so typos such as {@code status: yes} show. */
    public String requiredString(String key) {
        Object value = map.get(key);
        if (value == null) {
            problems.add("missing key '" + context + key + "'");
            return "";
        }
        if (!(value instanceof String s) || s.isBlank()) {
            problems.add("'" + context + key + "' must be non-empty text, found: " + value);
            return "";
        }
        return s.strip();
    }

    public Optional<String> optionalString(String key) {
        return has(key) ? Optional.of(requiredString(key)) : Optional.empty();
    }

    public boolean optionalBoolean(String key) {
        Object value = map.get(key);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        problems.add("'" + context + key + "' must be true or false, found: " + value);
        return false;
    }

    /** A list of non-blank strings; {@code required} makes a missing key a problem, otherwise it means empty. */
    public List<String> stringList(String key, boolean required) {
        Object value = map.get(key);
        if (value == null) {
            if (required) {
                problems.add("missing key '" + context + key + "'");
            }
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            problems.add("'" + context + key + "' must be a list, found: " + value);
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object item : list) {
            if (item instanceof String s && !s.isBlank()) {
                out.add(s.strip());
            } else {
                problems.add("'" + context + key + "' may only hold non-empty text, found: " + item);
            }
        }
        return out;
    }

    public List<?> requiredList(String key) {
        Object value = map.get(key);
        if (value instanceof List<?> list) {
            return list;
        }
        problems.add(value == null ? "missing key '" + context + key + "'"
                : "'" + context + key + "' must be a list, found: " + value);
        return List.of();
    }

    /** A date written as {@code 2026-12-01}: SnakeYAML gives a {@link Date} when unquoted and a String when quoted. */
    public Optional<LocalDate> requiredDate(String key) {
        Object value = map.get(key);
        if (value instanceof Date date) {
            return Optional.of(date.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
        }
        if (value instanceof String s) {
            try {
                return Optional.of(LocalDate.parse(s.strip()));
            } catch (DateTimeParseException e) {
                problems.add("'" + context + key + "' must be a date like 2026-12-01, found: " + s);
                return Optional.empty();
            }
        }
        problems.add(value == null ? "missing key '" + context + key + "'"
                : "'" + context + key + "' must be a date like 2026-12-01, found: " + value);
        return Optional.empty();
    }
}
