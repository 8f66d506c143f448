package nl.passendwijzer.server.db;

import java.util.Map;

/** The two databases the schema runs on, with the few type names that differ between them. */
public enum DatabaseType {
    H2("h2", Map.of("blob", "VARBINARY(16777216)")),
    POSTGRESQL("postgresql", Map.of("blob", "BYTEA"));

    private final String dbType;
    private final Map<String, String> flywayPlaceholders;

    DatabaseType(String dbType, Map<String, String> flywayPlaceholders) {
        this.dbType = dbType;
        this.flywayPlaceholders = flywayPlaceholders;
    }

    public static DatabaseType ofUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("Unsupported database URL (use jdbc:h2: or jdbc:postgresql:)");
    }

    public String dbType() {
        return dbType;
    }

    public Map<String, String> flywayPlaceholders() {
        return flywayPlaceholders;
    }
}
