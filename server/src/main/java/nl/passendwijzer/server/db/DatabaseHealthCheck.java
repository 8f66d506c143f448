package nl.passendwijzer.server.db;

import io.helidon.dbclient.DbClient;
import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;

/** Readiness: the database answers a trivial query (helidon-dbclient-health has no 4.x release). */
public final class DatabaseHealthCheck implements HealthCheck {
    private final DbClient dbClient;

    public DatabaseHealthCheck(DbClient dbClient) {
        this.dbClient = dbClient;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public HealthCheckType type() {
        return HealthCheckType.READINESS;
    }

    @Override
    public HealthCheckResponse call() {
        long started = System.nanoTime();
        try {
            dbClient.execute().query("SELECT 1").count();
            return HealthCheckResponse.builder()
                    .status(HealthCheckResponse.Status.UP)
                    .detail("type", dbClient.dbType())
                    .detail("ms", (System.nanoTime() - started) / 1_000_000)
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.builder()
                    .status(HealthCheckResponse.Status.DOWN)
                    .detail("type", dbClient.dbType())
                    .detail("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
