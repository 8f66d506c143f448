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
}
