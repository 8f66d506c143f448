package nl.passendwijzer.server.auth;

import java.time.Duration;

import io.helidon.config.Config;

/**
 * Staff authentication settings ({@code app.medewerker} in application.yaml): session timeouts, cookie security,
 * invitation validity, Argon2id cost and the public base URL used in set-password links.
 */
public record AuthSettings(Duration idleTimeout,
                           Duration absoluteTimeout,
                           boolean secureCookie,
                           Duration invitationValidity,
                           PasswordHasher.Params argon2,
                           int maxConcurrentHashes,
                           String publicUrl) {

    public static AuthSettings defaults() {
        return new AuthSettings(Duration.ofMinutes(30), Duration.ofHours(10), false, Duration.ofHours(72),
                                PasswordHasher.Params.OWASP, 4, "http://localhost:8080");
    }

    public static AuthSettings from(Config config) {
        AuthSettings d = defaults();
        return new AuthSettings(config.get("sessie.idle").as(Duration.class).orElse(d.idleTimeout()),
                                config.get("sessie.absoluut").as(Duration.class).orElse(d.absoluteTimeout()),
                                config.get("sessie.secure-cookie").asBoolean().orElse(d.secureCookie()),
                                config.get("uitnodiging-geldig").as(Duration.class).orElse(d.invitationValidity()),
                                new PasswordHasher.Params(
                                        config.get("argon2.geheugen-kib").asInt().orElse(d.argon2().memoryKib()),
                                        config.get("argon2.iteraties").asInt().orElse(d.argon2().iterations()),
                                        config.get("argon2.parallel").asInt().orElse(d.argon2().parallelism())),
                                config.get("argon2.max-gelijktijdig").asInt().orElse(d.maxConcurrentHashes()),
                                config.get("publieke-url").asString().orElse(d.publicUrl()));
    }
}
