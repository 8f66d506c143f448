package nl.passendwijzer.server.http;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/** The one JSON-B instance for bodies the portal writes by hand (problem details, direct handlers). */
public final class Json {
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    private Json() {
    }

    public static String write(Object value) {
        return JSONB.toJson(value);
    }

    /** Reads a JSON array of strings (lists kept in one database column). */
    public static java.util.List<String> readStrings(String json) {
        return java.util.Arrays.asList(JSONB.fromJson(json, String[].class));
    }

    public static <T> T read(String json, Class<T> type) {
        return JSONB.fromJson(json, type);
    }
}
