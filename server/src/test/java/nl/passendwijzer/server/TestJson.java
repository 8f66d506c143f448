package nl.passendwijzer.server;

import java.io.StringReader;

import io.helidon.webclient.api.HttpClientResponse;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/** Reads JSON bodies whatever their JSON media type (application/json or application/problem+json). */
public final class TestJson {
    private TestJson() {
    }

    public static JsonObject object(HttpClientResponse response) {
        try (var reader = Json.createReader(new StringReader(response.as(String.class)))) {
            return reader.readObject();
        }
    }

    public static JsonArray array(HttpClientResponse response) {
        try (var reader = Json.createReader(new StringReader(response.as(String.class)))) {
            return reader.readArray();
        }
    }
}
