package org.ssmclassroom.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.api.Trigger;

/**
 * Counts the statements that read a table, to prove a screen's data comes in a fixed number of queries rather than
 * one per row (N+1). The count comes from H2 itself (a SELECT trigger fires once per statement), so the code under
 * test runs unchanged.
 */
public final class TableReads implements Trigger {

    private static final Map<String, AtomicInteger> COUNTS = new ConcurrentHashMap<>();

    private String table;

    /** Starts counting the statements that read {@code table}; the returned counter rises with each. */
    public static AtomicInteger count(DataSource dataSource, String table) {
        String name = table.toUpperCase(Locale.ROOT);
        try (Connection connection = dataSource.getConnection()) {
            org.junit.jupiter.api.Assumptions.assumeTrue(
                    "H2".equals(connection.getMetaData().getDatabaseProductName()),
                    "reads are counted by an H2 Java trigger: this test runs on H2 only");
            connection
                    .createStatement()
                    .execute("CREATE TRIGGER IF NOT EXISTS reads_" + name + " BEFORE SELECT ON " + name + " CALL '"
                            + TableReads.class.getName() + "'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        AtomicInteger counter = new AtomicInteger();
        COUNTS.put(name, counter);
        return counter;
    }

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type) {
        this.table = table;
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) {
        AtomicInteger counter = COUNTS.get(table);
        if (counter != null) {
            counter.incrementAndGet();
        }
    }
}
