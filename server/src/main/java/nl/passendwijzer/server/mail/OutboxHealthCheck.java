package nl.passendwijzer.server.mail;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;

/**
 * Reports the outbox: UP in every case (e-mail is a side channel; questions are safe in the database), with details
 * saying whether SMTP is configured and how many messages wait or failed.
 */
public final class OutboxHealthCheck implements HealthCheck {
    private final Outbox outbox;
    private final boolean smtpConfigured;

    public OutboxHealthCheck(Outbox outbox, boolean smtpConfigured) {
        this.outbox = outbox;
        this.smtpConfigured = smtpConfigured;
    }

    @Override
    public String name() {
        return "outbox";
    }

    @Override
    public HealthCheckType type() {
        return HealthCheckType.READINESS;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponse.Builder builder = HealthCheckResponse.builder().status(HealthCheckResponse.Status.UP)
                .detail("smtp", smtpConfigured ? "ingesteld" : "niet ingesteld: e-mails wachten in de outbox");
        try {
            builder.detail("wachtend", outbox.count(Outbox.WACHTEND)).detail("mislukt", outbox.count(Outbox.MISLUKT));
        } catch (RuntimeException e) {
            builder.detail("error", e.getClass().getSimpleName());
        }
        return builder.build();
    }
}
