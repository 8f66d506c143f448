package nl.passendwijzer.server.db;

import java.lang.System.Logger.Level;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.jdbc.JdbcClientBuilder;
import org.flywaydb.core.Flyway;

/**
 * The portal's source of truth: a pooled connection to H2 or PostgreSQL, migrated by Flyway before first use.
 * Closing it closes the pool, which also closes an embedded H2 database cleanly.
 */
public final class Database implements AutoCloseable {
    private static final System.Logger LOGGER = System.getLogger(Database.class.getName());

    private final HikariDataSource dataSource;
    private final DbClient dbClient;
    private final DatabaseType type;

    private Database(HikariDataSource dataSource, DatabaseType type) {
        this.dataSource = dataSource;
        this.type = type;
        this.dbClient = JdbcClientBuilder.create().connectionPool(new HikariConnectionPool(dataSource, type)).build();
    }

    /** Opens the pool and brings the schema to the newest migration. */
    public static Database open(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.username());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setPoolName("passendwijzer");
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            migrate(dataSource, settings.type());
            return new Database(dataSource, settings.type());
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    private static void migrate(DataSource dataSource, DatabaseType type) {
        var result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(type.flywayPlaceholders())
                .load()
                .migrate();
        LOGGER.log(Level.INFO, "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    public DbClient dbClient() {
        return dbClient;
    }

    public DatabaseType type() {
        return type;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
