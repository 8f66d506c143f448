package nl.passendwijzer.server.db;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import io.helidon.dbclient.DbRow;

/** Typed column access that behaves the same on H2 and PostgreSQL (number and timestamp types differ per driver). */
public final class Rows {
    private Rows() {
    }

    /** The column's value, or null for SQL NULL (DbColumn.get() throws on NULL). */
    private static Object raw(DbRow row, String column) {
        return row.column(column).asOptional().orElse(null);
    }

    public static String string(DbRow row, String column) {
        return optionalString(row, column).orElseThrow(() -> new IllegalStateException(column + " is null"));
    }

    public static Optional<String> optionalString(DbRow row, String column) {
        Object value = raw(row, column);
        return value == null ? Optional.empty() : Optional.of(value.toString());
    }

    public static boolean bool(DbRow row, String column) {
        Object value = raw(row, column);
        return value instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(value));
    }

    public static int integer(DbRow row, String column) {
        return ((Number) raw(row, column)).intValue();
    }

    public static long longValue(DbRow row, String column) {
        return ((Number) raw(row, column)).longValue();
    }

    public static Optional<Integer> optionalInteger(DbRow row, String column) {
        Object value = raw(row, column);
        return value == null ? Optional.empty() : Optional.of(((Number) value).intValue());
    }

    public static Optional<Double> optionalDouble(DbRow row, String column) {
        Object value = raw(row, column);
        return value == null ? Optional.empty() : Optional.of(((Number) value).doubleValue());
    }

    public static Optional<Instant> optionalInstant(DbRow row, String column) {
        Object value = raw(row, column);
        return switch (value) {
            case null -> Optional.empty();
            case OffsetDateTime odt -> Optional.of(odt.toInstant());
            case java.sql.Timestamp ts -> Optional.of(ts.toInstant());
            case java.time.LocalDateTime ldt -> Optional.of(ldt.toInstant(ZoneOffset.UTC));
            case Instant instant -> Optional.of(instant);
            default -> throw new IllegalStateException(column + " is not a timestamp: " + value.getClass());
        };
    }

    public static Instant instant(DbRow row, String column) {
        return optionalInstant(row, column).orElseThrow(() -> new IllegalStateException(column + " is null"));
    }
}
