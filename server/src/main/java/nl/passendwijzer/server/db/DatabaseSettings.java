package nl.passendwijzer.server.db;

import java.nio.file.Path;

import io.helidon.config.Config;

/**
 * Where the database is. Without {@code db.url} the portal uses an H2 file under the data directory, written so that
 * a committed transaction survives {@code kill -9} (WRITE_DELAY=0; H2 otherwise holds commits up to 500 ms in memory).
 */
public record DatabaseSettings(String url, String username, String password, int poolSize) {

    public static DatabaseSettings from(Config db, Path dataDir) {
        String url = db.get("url").asString().filter(s -> !s.isBlank()).orElseGet(() -> h2Url(dataDir));
        return new DatabaseSettings(withRequiredH2Settings(url),
                                    db.get("username").asString().orElse("sa"),
                                    db.get("password").asString().orElse(""),
                                    db.get("pool-size").asInt().orElse(10));
    }

    public static String h2Url(Path dataDir) {
        return withRequiredH2Settings("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("passendwijzer")
                                              + ";FILE_LOCK=FS;DB_CLOSE_ON_EXIT=FALSE");
    }

    /**
     * Whatever H2 URL is configured: commits are written at once (durable across kill -9) and unquoted names are
     * lower case, as on PostgreSQL, so the same SQL and column names work on both.
     */
    static String withRequiredH2Settings(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return url;
        }
        String result = url;
        String upper = url.toUpperCase(java.util.Locale.ROOT);
        if (!upper.contains(";WRITE_DELAY=")) {
            result += ";WRITE_DELAY=0";
        }
        if (!upper.contains(";DATABASE_TO_LOWER=")) {
            result += ";DATABASE_TO_LOWER=TRUE";
        }
        return result;
    }

    public DatabaseType type() {
        return DatabaseType.ofUrl(url);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", username=" + username + ", poolSize=" + poolSize + "]";
    }
}
