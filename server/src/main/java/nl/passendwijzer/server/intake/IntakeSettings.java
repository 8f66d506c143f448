package nl.passendwijzer.server.intake;

import java.time.Duration;
import java.time.Period;

import io.helidon.config.Config;

/**
 * Settings of the intake ({@code app.intake.*} in application.yaml).
 *
 * @param antwoordtermijnUrgentWerkdagen first-answer deadline for urgent questions (thuiszitten)
 * @param bewaartermijn how long personal data of a closed question is kept before anonymisation
 * @param minimaleInvultijd a form token younger than this is refused (bots fill forms instantly)
 * @param formulierGeheim HMAC key for form tokens; empty: a random key per process (set it when running several nodes)
 * @param indienenPerUur submissions per client address per hour
 * @param opvragenPerUur status look-ups, follow-ups and withdrawals per client address per hour
 * @param maxBodyBytes largest accepted intake request body
 * @param publiekeUrl base URL used in e-mail links
 * @param toestemmingVersie the version of the consent text the form currently shows
 */
public record IntakeSettings(int antwoordtermijnUrgentWerkdagen,
                             Period bewaartermijn,
                             Duration minimaleInvultijd,
                             String formulierGeheim,
                             int indienenPerUur,
                             int opvragenPerUur,
                             int maxBodyBytes,
                             String publiekeUrl,
                             String toestemmingVersie) {

    public static IntakeSettings defaults() {
        return from(Config.empty());
    }

    public static IntakeSettings from(Config c) {
        return new IntakeSettings(c.get("antwoordtermijn-urgent-werkdagen").asInt().orElse(2),
                                  Period.parse(c.get("bewaartermijn").asString().orElse("P12M")),
                                  c.get("minimale-invultijd").as(Duration.class).orElse(Duration.ofSeconds(3)),
                                  c.get("formulier-geheim").asString().orElse(""),
                                  c.get("indienen-per-uur").asInt().orElse(10),
                                  c.get("opvragen-per-uur").asInt().orElse(60),
                                  c.get("max-body-bytes").asInt().orElse(32 * 1024),
                                  c.get("publieke-url").asString().orElse("http://localhost:8080"),
                                  c.get("toestemming-versie").asString().orElse(Toestemming.VERSIE));
    }

    public IntakeSettings withLimits(int indienen, int opvragen) {
        return new IntakeSettings(antwoordtermijnUrgentWerkdagen, bewaartermijn, minimaleInvultijd, formulierGeheim,
                                  indienen, opvragen, maxBodyBytes, publiekeUrl, toestemmingVersie);
    }

    public IntakeSettings withMinimaleInvultijd(Duration duration) {
        return new IntakeSettings(antwoordtermijnUrgentWerkdagen, bewaartermijn, duration, formulierGeheim,
                                  indienenPerUur, opvragenPerUur, maxBodyBytes, publiekeUrl, toestemmingVersie);
    }
}
