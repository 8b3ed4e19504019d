package org.ssmclassroom.board;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.ssmclassroom.base.BoardId;
import org.ssmclassroom.base.SqlDialect;
import org.ssmclassroom.base.TableId;

/** Boards, their items and versioned values, and the change history. */
@Repository
class BoardRepository {

    record BoardRow(BoardId id, TableId table, String exerciseId, boolean unlocked, Instant relockedAt) {}

    /** {@code group}: the copy this change was part of, undone with it; null for a change on its own. */
    record Change(long id, String item, String field, String oldValue, String newValue, String group) {}

    private final JdbcClient jdbc;
    private final String boardIfAbsent;

    BoardRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.boardIfAbsent = SqlDialect.of(dataSource)
                .insertIfAbsent("board", List.of("table_id", "exercise_id"), List.of("table_id", "exercise_id"));
    }

    /**
     * The table's board for an exercise, inserted if absent in one statement (two nodes opening it at once both
     * get the one board, neither a key error), then read with its row locked until the caller's transaction ends.
     */
    BoardRow findOrCreate(TableId table, String exerciseId) {
        jdbc.sql(boardIfAbsent).params(table.value(), exerciseId).update();
        return jdbc.sql("SELECT * FROM board WHERE table_id = ? AND exercise_id = ? FOR UPDATE")
                .params(table.value(), exerciseId)
                .query(BoardRepository::boardRow)
                .single();
    }

    /**
     * Locks the board's row until the end of the caller's transaction: every command on a board takes it before
     * it reads, so two nodes' commands on one board follow each other (the list's size, an entry's first value).
     */
    void lock(BoardId board) {
        jdbc.sql("SELECT id FROM board WHERE id = ? FOR UPDATE")
                .param(board.value())
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new IllegalArgumentException("no board"));
    }

    /** Whether nothing was ever put on the board: no entry, not even a removed one (a new board to seed). */
    boolean bare(BoardId board) {
        return jdbc.sql("SELECT COUNT(*) FROM board_item WHERE board_id = ?")
                        .param(board.value())
                        .query(Integer.class)
                        .single()
                == 0;
    }

    Optional<BoardRow> find(TableId table, String exerciseId) {
        return jdbc.sql("SELECT * FROM board WHERE table_id = ? AND exercise_id = ?")
                .params(table.value(), exerciseId)
                .query(BoardRepository::boardRow)
                .optional();
    }

    List<BoardRow> boardsOf(TableId table) {
        return jdbc.sql("SELECT * FROM board WHERE table_id = ? ORDER BY id")
                .param(table.value())
                .query(BoardRepository::boardRow)
                .list();
    }

    Optional<BoardRow> find(BoardId id) {
        return jdbc.sql("SELECT * FROM board WHERE id = ?")
                .param(id.value())
                .query(BoardRepository::boardRow)
                .optional();
    }

    /** Unlocks a board, or locks it again and notes when. */
    /** Unlocks the board, or locks it again; false when it already was (a second tap changes nothing). */
    boolean setUnlocked(BoardId board, boolean unlocked, Instant at) {
        if (unlocked) {
            return jdbc.sql("UPDATE board SET unlocked = TRUE, relocked_at = NULL WHERE id = ? AND unlocked = FALSE")
                            .param(board.value())
                            .update()
                    > 0;
        }
        // Only a board that was open is locked "again": a second tap does not restart the grace.
        return jdbc.sql("UPDATE board SET relocked_at = ?, unlocked = FALSE WHERE id = ? AND unlocked = TRUE")
                        .params(at.atOffset(java.time.ZoneOffset.UTC), board.value())
                        .update()
                > 0;
    }

    private static BoardRow boardRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        java.time.OffsetDateTime relocked = rs.getObject("relocked_at", java.time.OffsetDateTime.class);
        return new BoardRow(
                new BoardId(rs.getLong("id")),
                new TableId(rs.getLong("table_id")),
                rs.getString("exercise_id"),
                rs.getBoolean("unlocked"),
                relocked == null ? null : relocked.toInstant());
    }

    BoardContent content(BoardId board) {
        List<BoardContent.Item> items = jdbc.sql(
                        "SELECT item_id, position FROM board_item WHERE board_id = ? AND NOT removed")
                .param(board.value())
                .query((rs, n) -> new BoardContent.Item(rs.getString(1), rs.getInt(2)))
                .list();
        Map<BoardContent.ValueKey, BoardContent.Value> values = new HashMap<>();
        jdbc.sql("SELECT * FROM board_value WHERE board_id = ?")
                .param(board.value())
                .query(rs -> {
                    values.put(
                            new BoardContent.ValueKey(rs.getString("item_id"), rs.getString("field_id")),
                            new BoardContent.Value(
                                    rs.getString("text_value"),
                                    rs.getInt("version"),
                                    rs.getString("author"),
                                    rs.getObject("updated_at", OffsetDateTime.class)
                                            .toInstant()));
                });
        return new BoardContent(items, Map.copyOf(values));
    }

    void addItem(BoardId board, String item) {
        int next = jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM board_item WHERE board_id = ?")
                .param(board.value())
                .query(Integer.class)
                .single();
        // An update, else an insert: portable SQL (H2 and PostgreSQL), under the board's lock and transaction.
        int updated = jdbc.sql("UPDATE board_item SET position = ?, removed = FALSE WHERE board_id = ? AND item_id = ?")
                .params(next, board.value(), item)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO board_item (board_id, item_id, position, removed) VALUES (?, ?, ?, FALSE)")
                    .params(board.value(), item, next)
                    .update();
        }
    }

    void setRemoved(BoardId board, String item, boolean removed) {
        jdbc.sql("UPDATE board_item SET removed = ? WHERE board_id = ? AND item_id = ?")
                .params(removed, board.value(), item)
                .update();
    }

    /** Writes a value if it is still at {@code baseVersion}; false when someone else changed it first. */
    boolean writeValue(
            BoardId board, String item, String field, String text, int baseVersion, String author, Instant at) {
        if (baseVersion == 0) {
            // Inserted only if still absent (the board's row lock orders writers; this is the second guard).
            return jdbc.sql("INSERT INTO board_value (board_id, item_id, field_id, text_value, version, author,"
                                    + " updated_at) SELECT ?, ?, ?, ?, 1, ?, ? WHERE NOT EXISTS (SELECT 1 FROM"
                                    + " board_value WHERE board_id = ? AND item_id = ? AND field_id = ?)")
                            .params(board.value(), item, field, text, author, utc(at), board.value(), item, field)
                            .update()
                    == 1;
        }
        return jdbc.sql("UPDATE board_value SET text_value = ?, version = version + 1, author = ?, updated_at = ?"
                                + " WHERE board_id = ? AND item_id = ? AND field_id = ? AND version = ?")
                        .params(text, author, utc(at), board.value(), item, field, baseVersion)
                        .update()
                == 1;
    }

    void recordChange(
            BoardId board,
            String item,
            String field,
            String oldValue,
            String newValue,
            String authorKey,
            String author,
            Instant at) {
        recordChange(board, item, field, oldValue, newValue, authorKey, author, at, null, null);
    }

    void recordChange(
            BoardId board,
            String item,
            String field,
            String oldValue,
            String newValue,
            String authorKey,
            String author,
            Instant at,
            String group,
            String copiedFrom) {
        jdbc.sql("INSERT INTO board_change (board_id, item_id, field_id, old_value, new_value, author_key, author,"
                        + " changed_at, change_group, copied_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(board.value(), item, field, oldValue, newValue, authorKey, author, utc(at), group, copiedFrom)
                .update();
    }

    /** The changes of one group not yet undone, newest first. */
    List<Change> group(BoardId board, String group) {
        return jdbc.sql("SELECT * FROM board_change WHERE board_id = ? AND change_group = ? AND NOT undone"
                        + " ORDER BY id DESC")
                .params(board.value(), group)
                .query(BoardRepository::change)
                .list();
    }

    /** What copies stand on the board (not undone): each copy's origin with the entries it wrote. */
    List<Map.Entry<String, String>> copies(BoardId board) {
        return jdbc.sql("SELECT DISTINCT copied_from, item_id FROM board_change"
                        + " WHERE board_id = ? AND copied_from IS NOT NULL AND NOT undone")
                .param(board.value())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list();
    }

    private static Change change(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Change(
                rs.getLong("id"),
                rs.getString("item_id"),
                rs.getString("field_id"),
                rs.getString("old_value"),
                rs.getString("new_value"),
                rs.getString("change_group"));
    }

    Optional<Change> lastChangeBy(BoardId board, String authorKey) {
        return jdbc.sql("SELECT * FROM board_change WHERE board_id = ? AND author_key = ? AND NOT undone"
                        + " ORDER BY id DESC LIMIT 1")
                .params(board.value(), authorKey)
                .query(BoardRepository::change)
                .optional();
    }

    void markUndone(long change, Instant at) {
        jdbc.sql("UPDATE board_change SET undone = TRUE, undone_at = ? WHERE id = ?")
                .params(utc(at), change)
                .update();
    }

    /** Every change made or undone after {@code after}, oldest first. */
    List<BoardHistory.Change> changesAfter(BoardId board, Instant after) {
        return jdbc.sql(
                        "SELECT * FROM board_change WHERE board_id = ? AND (changed_at > ? OR undone_at > ?) ORDER BY id")
                .params(board.value(), utc(after), utc(after))
                .query((rs, n) -> {
                    OffsetDateTime undone = rs.getObject("undone_at", OffsetDateTime.class);
                    return new BoardHistory.Change(
                            rs.getLong("id"),
                            rs.getString("item_id"),
                            rs.getString("field_id"),
                            rs.getString("old_value"),
                            rs.getString("new_value"),
                            rs.getString("author"),
                            rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                            undone == null ? null : undone.toInstant());
                })
                .list();
    }

    /** Every entry's position, removed entries too. */
    Map<String, Integer> positions(BoardId board) {
        Map<String, Integer> positions = new HashMap<>();
        jdbc.sql("SELECT item_id, position FROM board_item WHERE board_id = ?")
                .param(board.value())
                .query(rs -> {
                    positions.put(rs.getString(1), rs.getInt(2));
                });
        return positions;
    }

    int changeCount(BoardId board) {
        return jdbc.sql("SELECT COUNT(*) FROM board_change WHERE board_id = ?")
                .param(board.value())
                .query(Integer.class)
                .single();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
