package org.ssmclassroom.base;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * The few statements H2 and PostgreSQL spell differently. Insert-if-absent is one of them: two users doing the
 * same at once (two instructors releasing) can both find no row, and a plain insert then fails on the key.
 * PostgreSQL skips the later insert (ON CONFLICT DO NOTHING); H2 has no ON CONFLICT, and merges the later one onto
 * the earlier (MERGE ... KEY, atomic in H2; its MERGE with a query or USING clause still clashed, or waited out
 * the lock timeout, when raced).
 */
public enum SqlDialect {
    H2,
    POSTGRESQL;

    public static SqlDialect of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL") ? POSTGRESQL : H2;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell the database: " + e.getMessage(), e);
        }
    }

    /**
     * One statement inserting a row unless one with the same key is there, never failing on the key; its
     * parameters are the columns' values in order. On H2 a row inserted at the same moment gets these values.
     */
    public String insertIfAbsent(String table, List<String> key, List<String> columns) {
        String values = String.join(", ", java.util.Collections.nCopies(columns.size(), "?"));
        return switch (this) {
            case POSTGRESQL ->
                "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + values + ") ON CONFLICT ("
                        + String.join(", ", key) + ") DO NOTHING";
            case H2 ->
                "MERGE INTO " + table + " (" + String.join(", ", columns) + ") KEY (" + String.join(", ", key)
                        + ") VALUES (" + values + ")";
        };
    }

    /**
     * One statement setting these columns of the row with this key, inserting the row (other columns at their
     * defaults) when there is none; other columns of an existing row stay as they are, and two nodes doing it at
     * once never fail on the key.
     */
    public String upsert(String table, List<String> key, List<String> columns) {
        String values = String.join(", ", java.util.Collections.nCopies(columns.size(), "?"));
        return switch (this) {
            case POSTGRESQL ->
                "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + values + ") ON CONFLICT ("
                        + String.join(", ", key) + ") DO UPDATE SET "
                        + String.join(
                                ", ",
                                columns.stream()
                                        .filter(c -> !key.contains(c))
                                        .map(c -> c + " = EXCLUDED." + c)
                                        .toList());
            case H2 -> insertIfAbsent(table, key, columns);
        };
    }
}
