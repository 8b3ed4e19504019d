package org.ssmclassroom.record;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.ssmclassroom.board.BoardContent;
import org.ssmclassroom.board.BoardHistory;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.workshop.JoinCode;
import org.ssmclassroom.workshop.Workshop;

/**
 * Writes an archive's rows as a new, archived workshop. The one place that maps the archive format onto the
 * schema; the caller holds the transaction. Imported trainees get device hashes no tablet holds, so nobody can
 * sit down at an archived table.
 */
@Repository
class ArchiveRows {

    /** Who wrote what the archive does not say (release, coverage mark) and the key undo looks for. */
    static final String ARCHIVE = "archive";

    private final JdbcClient jdbc;

    ArchiveRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long workshop(WorkshopArchive archive, String importedBy, Instant now) {
        WorkshopArchive.Header header = archive.workshop();
        JoinCode code = JoinCode.random();
        while (jdbc.sql("SELECT COUNT(*) FROM workshop WHERE join_code = ?")
                        .param(code.value())
                        .query(Long.class)
                        .single()
                > 0) {
            code = JoinCode.random();
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO workshop (name, workshop_date, pack_id, language, state, join_code, created_by,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        header.name(),
                        header.date(),
                        header.pack(),
                        header.language(),
                        Workshop.State.ARCHIVED.name(),
                        code.value(),
                        importedBy,
                        utc(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    long table(long workshop, WorkshopArchive.Table table) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO workshop_table (workshop_id, position, name, status, clock_state, clock_remaining_ms)"
                        + " VALUES (?, ?, ?, 'WORKING', 'IDLE', 0)")
                .params(workshop, table.position(), table.name())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    long participant(long workshop, long table, WorkshopArchive.Member member) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO participant (workshop_id, table_id, device_hash, name, company, job_title,"
                        + " years_in_sales, joined_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        workshop,
                        table,
                        DeviceToken.random().hash(),
                        member.name(),
                        member.company(),
                        member.jobTitle(),
                        member.yearsInSales(),
                        utc(member.joinedAt()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void roles(long table, String exercise, long participant, java.util.List<String> roles) {
        jdbc.sql("INSERT INTO role_override (table_id, exercise_id, participant_id, roles) VALUES (?, ?, ?, ?)")
                .params(table, exercise, participant, String.join(",", roles))
                .update();
    }

    void timeUp(long table, WorkshopArchive.TimeUp timeUp) {
        jdbc.sql("INSERT INTO exercise_time_up (table_id, exercise_id, time_up_at) VALUES (?, ?, ?)")
                .params(table, timeUp.exercise(), utc(timeUp.at()))
                .update();
    }

    void board(long table, WorkshopArchive.Board board) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO board (table_id, exercise_id, unlocked) VALUES (?, ?, ?)")
                .params(table, board.exercise(), board.unlocked())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        Map<String, Boolean> items = new HashMap<>();
        board.entries().forEach(item -> item(id, item, false, items));
        board.removed().forEach(item -> item(id, item, true, items));
        for (WorkshopArchive.Value value : board.values()) {
            jdbc.sql("INSERT INTO board_value (board_id, item_id, field_id, text_value, version, author, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            id,
                            value.item(),
                            value.field(),
                            value.text(),
                            value.version(),
                            value.author(),
                            utc(value.at()))
                    .update();
        }
        for (BoardHistory.Change change : board.history()) {
            jdbc.sql("INSERT INTO board_change (board_id, item_id, field_id, old_value, new_value, author_key, author,"
                            + " changed_at, undone, undone_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            id,
                            change.item(),
                            change.field(),
                            change.oldValue(),
                            change.newValue(),
                            ARCHIVE,
                            change.author(),
                            utc(change.changedAt()),
                            change.undoneAt() != null,
                            utc(change.undoneAt()))
                    .update();
        }
    }

    private void item(long board, BoardContent.Item item, boolean removed, Map<String, Boolean> seen) {
        if (seen.putIfAbsent(item.id(), removed) == null) {
            jdbc.sql("INSERT INTO board_item (board_id, item_id, position, removed) VALUES (?, ?, ?, ?)")
                    .params(board, item.id(), item.position(), removed)
                    .update();
        }
    }

    void mark(long table, WorkshopArchive.Mark mark, Instant at) {
        var m = mark.mark();
        jdbc.sql("INSERT INTO score_mark (table_id, exercise_id, criterion_id, scorer, points, comment, version,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        table,
                        mark.exercise(),
                        m.criterion(),
                        m.scorer(),
                        m.points(),
                        m.comment(),
                        m.version(),
                        utc(at))
                .update();
        for (String item : m.evidence() == null ? java.util.Set.<String>of() : m.evidence()) {
            jdbc.sql("INSERT INTO score_evidence (table_id, exercise_id, criterion_id, scorer, item_id, pinned_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")
                    .params(table, mark.exercise(), m.criterion(), m.scorer(), item, utc(at))
                    .update();
        }
    }

    void agreed(long table, WorkshopArchive.Agreed agreed, Instant at) {
        var a = agreed.agreed();
        jdbc.sql("INSERT INTO score_agreed (table_id, exercise_id, criterion_id, points, comment, agreed_by,"
                        + " agreed_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(table, agreed.exercise(), a.criterion(), a.points(), a.comment(), a.agreedBy(), utc(at))
                .update();
    }

    void covered(long table, WorkshopArchive.Covered covered, Instant at) {
        jdbc.sql("INSERT INTO keypoint_coverage (table_id, exercise_id, key_point_id, covered, marked_by, marked_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(table, covered.exercise(), covered.keyPoint(), covered.covered(), ARCHIVE, utc(at))
                .update();
    }

    void released(long workshop, String exercise, Instant at) {
        jdbc.sql("INSERT INTO score_release (workshop_id, exercise_id, released_by, released_at) VALUES (?, ?, ?, ?)")
                .params(workshop, exercise, ARCHIVE, utc(at))
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
