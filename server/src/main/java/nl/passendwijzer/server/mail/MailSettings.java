package nl.passendwijzer.server.mail;

import java.time.Duration;

import io.helidon.config.Config;

/**
 * SMTP settings ({@code app.mail.*}). Without a host nothing is sent: messages wait in the outbox and the health
 * check says so.
 */
public record MailSettings(String smtpHost, int smtpPort, String username, String password, boolean starttls,
                           String afzender, Duration interval, int maxPogingen, Duration eersteWachttijd) {

    public static MailSettings from(Config c) {
        return new MailSettings(c.get("smtp-host").asString().orElse(""),
                                c.get("smtp-port").asInt().orElse(587),
                                c.get("username").asString().orElse(""),
                                c.get("password").asString().orElse(""),
                                c.get("starttls").asBoolean().orElse(true),
                                c.get("afzender").asString().orElse("noreply@passendwijzer.nl"),
                                c.get("interval").as(Duration.class).orElse(Duration.ofSeconds(5)),
                                c.get("max-pogingen").asInt().orElse(10),
                                c.get("eerste-wachttijd").as(Duration.class).orElse(Duration.ofSeconds(30)));
    }

    public static MailSettings none() {
        return from(Config.empty());
    }

    public boolean configured() {
        return !smtpHost.isBlank();
    }

    public MailSettings withSmtp(String host, int port) {
        return new MailSettings(host, port, username, password, false, afzender, Duration.ofMillis(100), maxPogingen,
                                Duration.ofMillis(200));
    }

    @Override
    public String toString() {
        return "MailSettings[smtpHost=" + smtpHost + ", smtpPort=" + smtpPort + ", afzender=" + afzender + "]";
    }
}
