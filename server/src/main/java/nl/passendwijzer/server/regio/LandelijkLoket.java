package nl.passendwijzer.server.regio;

import io.helidon.config.Config;

/** Where questions go that no samenwerkingsverband is responsible for (mbo, PC4s without SWV). */
public record LandelijkLoket(String naam, String email, String website) {

    public static LandelijkLoket from(Config config) {
        return new LandelijkLoket(config.get("naam").asString().orElse("Landelijk loket Passend Wijzer"),
                                  config.get("email").asString().orElse(""),
                                  config.get("website").asString().orElse(""));
    }
}
