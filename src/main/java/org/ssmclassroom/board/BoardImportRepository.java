package org.ssmclassroom.board;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.ssmclassroom.base.TableId;

/**
 * A board's rows as an archive gives them: positions, versions and times as they were, which the live writes
 * (next position, version + 1, now) cannot give. A column added to a board table is added here too.
 */
@Repository
class BoardImportRepository {

    private final JdbcClient jdbc;

    BoardImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertBoard(TableId table, String exercise, boolean unlocked) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO board (table_id, exercise_id, unlocked) VALUES (?, ?, ?)")
                .params(table.value(), exercise, unlocked)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertItem(long board, BoardContent.Item item, boolean removed) {
        jdbc.sql("INSERT INTO board_item (board_id, item_id, position, removed) VALUES (?, ?, ?, ?)")
                .params(board, item.id(), item.position(), removed)
                .update();
    }

    void insertValue(long board, BoardContent.ValueKey key, BoardContent.Value value) {
        jdbc.sql("INSERT INTO board_value (board_id, item_id, field_id, text_value, version, author, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(board, key.item(), key.field(), value.text(), value.version(), value.author(), utc(value.at()))
                .update();
    }

    void insertChange(long board, BoardHistory.Change change, String authorKey) {
        jdbc.sql("INSERT INTO board_change (board_id, item_id, field_id, old_value, new_value, author_key, author,"
                        + " changed_at, undone, undone_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        board,
                        change.item(),
                        change.field(),
                        change.oldValue(),
                        change.newValue(),
                        authorKey,
                        change.author(),
                        utc(change.changedAt()),
                        change.undoneAt() != null,
                        utc(change.undoneAt()))
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
