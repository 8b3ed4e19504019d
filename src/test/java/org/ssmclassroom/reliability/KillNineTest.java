package org.ssmclassroom.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saved means saved: the application in a child JVM is killed with kill -9 right after it acknowledged a board
 * edit or a table rename, and every acknowledged change is in the database file afterwards. More rounds on
 * demand: {@code -Dcrash.rounds=20}.
 */
class KillNineTest {

    @TempDir
    Path data;

    @Test
    void everyAcknowledgedChangeSurvivesKillNine() throws Exception {
        int rounds = Integer.getInteger("crash.rounds", 2);
        List<Long> editMicros = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Path db = data.resolve("round" + round + "/ssm");
            Acknowledged acked = runAndKill(db, ThreadLocalRandom.current().nextInt(20, 60), editMicros);
            try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + db, "sa", "")) {
                assertThat(storedVersion(connection, acked.board()))
                        .as("round %d: board edit version after kill -9", round)
                        .isGreaterThanOrEqualTo(acked.editVersion());
                assertThat(changes(connection, acked.board()))
                        .as("round %d: history rows", round)
                        .isGreaterThanOrEqualTo(acked.edits());
                assertThat(renamedTo(connection, acked.table()))
                        .as("round %d: table renamed at least %d times", round, acked.renames())
                        .isGreaterThanOrEqualTo(acked.renames());
            }
        }
        editMicros.sort(null);
        System.out.printf(
                "kill -9: %d rounds, %d acknowledged edits, none lost; service edit p50 %.2f ms, p95 %.2f ms%n",
                rounds,
                editMicros.size(),
                editMicros.get(editMicros.size() / 2) / 1000.0,
                editMicros.get(editMicros.size() * 95 / 100) / 1000.0);
    }

    record Acknowledged(long board, long table, int edits, int editVersion, int renames) {}

    /** Starts the child, waits for {@code after} acknowledged edits, then kills it at once. */
    private static Acknowledged runAndKill(Path db, int after, List<Long> editMicros) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(java, "-cp", classpath, CrashChild.class.getName(), db.toString())
                .redirectErrorStream(true)
                .start();
        long board = -1;
        long table = -1;
        int edits = 0;
        int version = 0;
        int renames = 0;
        StringBuilder log = new StringBuilder();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (!line.startsWith(CrashChild.ACK)) {
                    log.append(line).append('\n');
                    continue;
                }
                String[] words = line.substring(CrashChild.ACK.length()).split(" ");
                switch (words[0]) {
                    case "READY" -> {
                        board = Long.parseLong(words[1]);
                        table = Long.parseLong(words[2]);
                    }
                    case "EDIT" -> {
                        edits = Integer.parseInt(words[1]);
                        version = Integer.parseInt(words[2]);
                        editMicros.add(Long.parseLong(words[3]));
                    }
                    case "RENAME" -> renames = Integer.parseInt(words[1]);
                    default -> throw new IllegalStateException(line);
                }
                if (edits >= after) {
                    child.destroyForcibly();
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
        }
        try {
            child.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertThat(edits)
                .as("the child acknowledged edits before it was killed; its output:\n" + log)
                .isPositive();
        return new Acknowledged(board, table, edits, version, renames);
    }

    private static int storedVersion(Connection connection, long board) throws SQLException {
        return single(
                connection,
                "SELECT version FROM board_value WHERE board_id = " + board
                        + " AND item_id = 'opportunity/main' AND field_id = 'customer'");
    }

    private static int changes(Connection connection, long board) throws SQLException {
        return single(connection, "SELECT COUNT(*) FROM board_change WHERE board_id = " + board);
    }

    private static int renamedTo(Connection connection, long table) throws SQLException {
        return single(connection, "SELECT CAST(SUBSTRING(name, 2) AS INT) FROM workshop_table WHERE id = " + table);
    }

    private static int single(Connection connection, String sql) throws SQLException {
        try (ResultSet rs = connection.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
