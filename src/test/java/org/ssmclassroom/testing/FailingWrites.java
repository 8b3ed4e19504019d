package org.ssmclassroom.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.h2.api.Trigger;

/**
 * Makes the database refuse one chosen write, as a full disk or a broken constraint would, to prove that the
 * action it belongs to leaves nothing half-done. The refusal comes from H2 itself (a trigger), so the code under
 * test runs unchanged.
 */
public final class FailingWrites implements Trigger {

    private static final Map<String, Predicate<Object[]>> ARMED = new ConcurrentHashMap<>();

    private String table;

    /**
     * The next insert or update of {@code table} whose new row matches {@code row} fails; call the returned action
     * to disarm it if it did not fire.
     */
    public static Runnable failNext(DataSource dataSource, String table, Predicate<Object[]> row) {
        String name = table.toUpperCase(Locale.ROOT);
        try (Connection connection = dataSource.getConnection()) {
            org.junit.jupiter.api.Assumptions.assumeTrue(
                    "H2".equals(connection.getMetaData().getDatabaseProductName()),
                    "a refused write is made by an H2 Java trigger: this test runs on H2 only");
            connection
                    .createStatement()
                    .execute("CREATE TRIGGER IF NOT EXISTS fail_" + name + " BEFORE INSERT, UPDATE ON " + name
                            + " FOR EACH ROW CALL '" + FailingWrites.class.getName() + "'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        ARMED.put(name, row);
        return () -> ARMED.remove(name);
    }

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type) {
        this.table = table;
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        Predicate<Object[]> armed = ARMED.get(table);
        if (armed != null && newRow != null && armed.test(newRow) && ARMED.remove(table, armed)) {
            throw new SQLException("disk full (a write refused by the test)");
        }
    }
}
