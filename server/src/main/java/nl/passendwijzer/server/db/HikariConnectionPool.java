package nl.passendwijzer.server.db;

import java.sql.Connection;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariDataSource;
import io.helidon.dbclient.DbClientException;
import io.helidon.dbclient.jdbc.JdbcConnectionPool;

/** Lends HikariCP connections to Helidon's DbClient (helidon-dbclient-hikari has no 4.x release). */
final class HikariConnectionPool implements JdbcConnectionPool {
    private final HikariDataSource dataSource;
    private final DatabaseType type;

    HikariConnectionPool(HikariDataSource dataSource, DatabaseType type) {
        this.dataSource = dataSource;
        this.type = type;
    }

    @Override
    public Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new DbClientException("No database connection available", e);
        }
    }

    @Override
    public String dbType() {
        return type.dbType();
    }
}
