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

    /** As UTF-8 bytes, written straight into them (an answer of tens of kB is not first a string). */
    public static byte[] bytes(Object value) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(8_192);
        JSONB.toJson(value, out);
        return out.toByteArray();
    }

    /** Reads a JSON array of strings (lists kept in one database column). */
    public static java.util.List<String> readStrings(String json) {
        return java.util.Arrays.asList(JSONB.fromJson(json, String[].class));
    }

    public static <T> T read(String json, Class<T> type) {
        return JSONB.fromJson(json, type);
    }
}
